package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.junit.jupiter.api.Test;
import org.tandem.handoff.domain.OpenPgpMessages;
import org.tandem.support.ProviderNetwork;

/** Introductions encrypted to a provider's key: the holder of the secret key reads them; nobody else can. */
class OpenPgpMessagesTests {

	@Test
	void theHolderOfTheSecretKeyReadsTheIntroduction() throws Exception {
		char[] passphrase = "test".toCharArray();
		PGPSecretKeyRing secret = keyRing(passphrase);
		ByteArrayOutputStream publicKey = new ByteArrayOutputStream();
		try (ArmoredOutputStream armor = new ArmoredOutputStream(publicKey)) {
			secret.toCertificate().encode(armor);
		}
		String text = "Organization: canary-Radio Sur\nSignal: +52 55 5555 0101\nÁéí";
		String encrypted = OpenPgpMessages.encrypt(publicKey.toString(StandardCharsets.US_ASCII), text).orElseThrow();
		assertThat(encrypted).startsWith("-----BEGIN PGP MESSAGE-----").doesNotContain("canary-Radio").doesNotContain("+52 55");

		var factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(
				new ByteArrayInputStream(encrypted.getBytes(StandardCharsets.US_ASCII))));
		PGPEncryptedDataList list = (PGPEncryptedDataList) factory.nextObject();
		PGPPublicKeyEncryptedData data = (PGPPublicKeyEncryptedData) list.get(0);
		var key = secret.getSecretKey(data.getKeyID())
			.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));
		var plain = new BcPGPObjectFactory(data.getDataStream(new BcPublicKeyDataDecryptorFactory(key)));
		PGPLiteralData literal = (PGPLiteralData) plain.nextObject();
		assertThat(new String(literal.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
		assertThat(data.verify()).isTrue();
	}

	@Test
	void aKeyWithAnEncryptionSubkeyIsUsedAndAKeyThatCannotEncryptGivesNothing() throws Exception {
		String encrypted = OpenPgpMessages.encrypt(ProviderNetwork.key("three"), "hello").orElseThrow();
		assertThat(org.tandem.support.OpenPgpTestKeys.decrypt(encrypted)).isEqualTo("hello");
		// certification-only keys: the mail carries only a link
		assertThat(OpenPgpMessages.encrypt(ProviderNetwork.key("one"), "hello")).isEmpty();
		assertThat(OpenPgpMessages.encrypt("not a key", "hello")).isEmpty();
		assertThat(OpenPgpMessages.encrypt("-----BEGIN PGP PUBLIC KEY BLOCK-----\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----",
				"hello")).isEmpty();
	}

	private static PGPSecretKeyRing keyRing(char[] passphrase) throws Exception {
		RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
		generator.init(new RSAKeyGenerationParameters(java.math.BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 80));
		PGPKeyPair primary = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_SIGN, generator.generateKeyPair(), new Date());
		PGPKeyPair encryption = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_ENCRYPT, generator.generateKeyPair(), new Date());
		var digests = new BcPGPDigestCalculatorProvider();
		PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, primary,
				"provider@example.org", digests.get(HashAlgorithmTags.SHA1), null, null,
				new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_SIGN, HashAlgorithmTags.SHA256),
				new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).build(passphrase));
		rings.addSubKey(encryption);
		return rings.generateSecretKeyRing();
	}

}
