package org.tandem.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;

/**
 * The test key "three" (an Ed25519 primary key with a Curve25519 encryption subkey, made with GnuPG): its public half
 * in {@code directory/openpgp-three.asc}, its secret half, without a passphrase, to read what was encrypted to it.
 */
public final class OpenPgpTestKeys {

	private OpenPgpTestKeys() {
	}

	/** Opens an armored message encrypted to the key "three". */
	public static String decrypt(String armoredMessage) throws IOException, PGPException {
		PGPSecretKeyRing secret = new PGPSecretKeyRing(PGPUtil.getDecoderStream(new ByteArrayInputStream(
				ProviderNetwork.key("three-secret").getBytes(StandardCharsets.US_ASCII))), new BcKeyFingerprintCalculator());
		int start = armoredMessage.indexOf("-----BEGIN PGP MESSAGE-----");
		int end = armoredMessage.indexOf("-----END PGP MESSAGE-----") + "-----END PGP MESSAGE-----".length();
		var factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(
				armoredMessage.substring(start, end).getBytes(StandardCharsets.US_ASCII))));
		PGPEncryptedDataList list = (PGPEncryptedDataList) factory.nextObject();
		PGPPublicKeyEncryptedData data = (PGPPublicKeyEncryptedData) list.get(0);
		var key = secret.getSecretKey(data.getKeyID())
			.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(new char[0]));
		var plain = new BcPGPObjectFactory(data.getDataStream(new BcPublicKeyDataDecryptorFactory(key)));
		Object next = plain.nextObject();
		if (next instanceof org.bouncycastle.openpgp.PGPCompressedData compressed) {
			next = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
		}
		String text = new String(((PGPLiteralData) next).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!data.verify()) {
			throw new PGPException("integrity check failed");
		}
		return text;
	}

}
