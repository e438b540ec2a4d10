package org.tandem.handoff.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import java.util.Optional;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * Encrypts a text to an OpenPGP public key (Bouncy Castle): AES-256 with an integrity packet, ASCII-armored, to the
 * first valid encryption key of the block (a subkey before the primary key). A key that cannot encrypt gives
 * nothing, and the caller sends only a link.
 */
public final class OpenPgpMessages {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OpenPgpMessages() {
	}

	public static Optional<String> encrypt(String armoredPublicKey, String text) {
		try {
			Optional<PGPPublicKey> key = encryptionKey(armoredPublicKey);
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

	private static Optional<PGPPublicKey> encryptionKey(String armored) throws IOException, PGPException {
		try (InputStream in = PGPUtil.getDecoderStream(
				new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
			PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
			for (Iterator<PGPPublicKeyRing> it = rings.getKeyRings(); it.hasNext();) {
				PGPPublicKey primary = null;
				PGPPublicKey chosen = null;
				for (Iterator<PGPPublicKey> keys = it.next().getPublicKeys(); keys.hasNext();) {
					PGPPublicKey key = keys.next();
					if (key.hasRevocation() || !key.isEncryptionKey() || expired(key)) {
						continue;
					}
					if (key.isMasterKey()) {
						primary = key;
					}
					else if (chosen == null) {
						chosen = key;
					}
				}
				if (chosen != null || primary != null) {
					return Optional.of(chosen != null ? chosen : primary);
				}
			}
		}
		return Optional.empty();
	}

	private static boolean expired(PGPPublicKey key) {
		long seconds = key.getValidSeconds();
		return seconds > 0 && key.getCreationTime().getTime() + seconds * 1000 < System.currentTimeMillis();
	}

}
