package org.tandem.handoff.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.tandem.platform.OpenPgpKeys;

/**
 * Encrypts a text to an OpenPGP public key (Bouncy Castle): AES-256 with an integrity packet, ASCII-armored, to the
 * first valid encryption key of the block (a subkey before the primary key), as {@link OpenPgpKeys} reads it. A key
 * that cannot encrypt gives nothing, and the caller sends only a link.
 */
public final class OpenPgpMessages {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OpenPgpMessages() {
	}

	public static Optional<String> encrypt(String armoredPublicKey, String text) {
		try {
			Optional<PGPPublicKey> key = OpenPgpKeys.encryptionKey(armoredPublicKey);
			if (key.isEmpty()) {
				return Optional.empty();
			}
			byte[] plain = text.getBytes(StandardCharsets.UTF_8);
			PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
					new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
						.setSecureRandom(RANDOM));
			generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(key.get()).setSecureRandom(RANDOM));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ArmoredOutputStream armor = ArmoredOutputStream.builder().clearHeaders().build(out);
					OutputStream encrypted = generator.open(armor, new byte[1 << 12])) {
				PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
				try (OutputStream data = literal.open(encrypted, PGPLiteralData.UTF8, "", plain.length, new Date(0))) {
					data.write(plain);
				}
			}
			return Optional.of(out.toString(StandardCharsets.US_ASCII));
		}
		catch (IOException | PGPException | RuntimeException unusable) {
			return Optional.empty();
		}
	}

}
