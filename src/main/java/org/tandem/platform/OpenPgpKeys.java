package org.tandem.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;

/**
 * The one reader of ASCII-armored OpenPGP public keys (RFC 9580, Bouncy Castle) for every module: whether a form's
 * text looks like a key block, the primary key's fingerprint (version 4 and version 6 keys; anything else is not a
 * usable key) and the key to encrypt to. Text around the block is ignored, and so is the armor checksum.
 */
public final class OpenPgpKeys {

	/** The longest key block accepted (a key with many signatures stays well under it). */
	public static final int MAX_LENGTH = 20_000;

	private static final String BEGIN = "-----BEGIN PGP PUBLIC KEY BLOCK-----";

	private static final String END = "-----END PGP PUBLIC KEY BLOCK-----";

	private OpenPgpKeys() {
	}

	/** Whether the text, trimmed, starts and ends as an armored public key block (what a form checks first). */
	public static boolean looksArmored(String text) {
		String key = text.strip();
		return key.startsWith(BEGIN) && key.endsWith(END);
	}

	/** The primary key's fingerprint in upper-case hex, or empty if the text is not an armored public key. */
	public static Optional<String> fingerprint(String armored) {
		return rings(armored).stream().findFirst().map(PGPPublicKeyRing::getPublicKey).flatMap(OpenPgpKeys::fingerprintOf);
	}

	/**
	 * The key to encrypt to: in the first key of the block that has one, its first valid encryption subkey, else its
	 * primary key if that can encrypt; revoked and expired keys are skipped. Empty when there is none.
	 */
	public static Optional<PGPPublicKey> encryptionKey(String armored) {
		for (PGPPublicKeyRing ring : rings(armored)) {
			PGPPublicKey primary = null;
			PGPPublicKey chosen = null;
			for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext();) {
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
		return Optional.empty();
	}

	/** Groups of four, as people read fingerprints aloud. */
	public static String readable(String fingerprint) {
		return fingerprint.replaceAll("(.{4})(?!$)", "$1 ");
	}

	/** The key rings of the armored block, in order; none when the text is not one or cannot be read whole. */
	private static List<PGPPublicKeyRing> rings(String armored) {
		if (armored.length() > MAX_LENGTH) {
			return List.of();
		}
		int begin = armored.indexOf(BEGIN);
		int end = armored.indexOf(END);
		if (begin < 0 || end < begin) {
			return List.of();
		}
		byte[] block = armored.substring(begin, end + END.length()).getBytes(StandardCharsets.US_ASCII);
		try (InputStream in = ArmoredInputStream.builder().setIgnoreCRC(true).build(new ByteArrayInputStream(block))) {
			List<PGPPublicKeyRing> rings = new ArrayList<>();
			new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator()).forEach(rings::add);
			return rings;
		}
		catch (IOException | PGPException | RuntimeException unreadable) {
			return List.of();
		}
	}

	private static Optional<String> fingerprintOf(PGPPublicKey key) {
		int version = key.getVersion();
		return version == 4 || version == 6 ? Optional.of(HexFormat.of().withUpperCase().formatHex(key.getFingerprint()))
				: Optional.empty();
	}

	private static boolean expired(PGPPublicKey key) {
		long seconds = key.getValidSeconds();
		return seconds > 0 && key.getCreationTime().getTime() + seconds * 1000 < System.currentTimeMillis();
	}

}
