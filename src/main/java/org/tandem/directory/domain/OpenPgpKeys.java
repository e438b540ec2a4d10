package org.tandem.directory.domain;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads the fingerprint of the primary key in an ASCII-armored OpenPGP public key block (RFC 9580): version 4 keys
 * (SHA-1 over the key packet) and version 6 keys (SHA-256). Anything else is not a usable key.
 */
public final class OpenPgpKeys {

	/** The longest key block accepted (a key with many signatures stays well under it). */
	public static final int MAX_LENGTH = 20_000;

	private static final String BEGIN = "-----BEGIN PGP PUBLIC KEY BLOCK-----";

	private static final String END = "-----END PGP PUBLIC KEY BLOCK-----";

	private static final int PUBLIC_KEY_TAG = 6;

	/** Armor headers hold a colon and the checksum line starts with "=": neither matches. */
	private static final java.util.regex.Pattern BASE64_LINE = java.util.regex.Pattern.compile("[A-Za-z0-9+/]+=*");

	private OpenPgpKeys() {
	}

	/** The primary key's fingerprint in upper-case hex, or empty if the text is not an armored public key. */
	public static Optional<String> fingerprint(String armored) {
		if (armored.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		try {
			byte[] packets = dearmor(armored);
			return packets.length == 0 ? Optional.empty() : primaryKeyFingerprint(ByteBuffer.wrap(packets));
		}
		catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
			return Optional.empty();
		}
	}

	/** Groups of four, as people read fingerprints aloud. */
	public static String readable(String fingerprint) {
		return fingerprint.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static byte[] dearmor(String armored) {
		String text = armored.replace("\r", "").strip();
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("not armored");
		}
		StringBuilder base64 = new StringBuilder();
		for (String line : text.substring(begin + BEGIN.length(), end).split("\n")) {
			String trimmed = line.strip();
			if (BASE64_LINE.matcher(trimmed).matches()) {
				base64.append(trimmed);
			}
		}
		return Base64.getDecoder().decode(base64.toString());
	}

	private static Optional<String> primaryKeyFingerprint(ByteBuffer in) {
		int header = in.get() & 0xFF;
		if ((header & 0x80) == 0) {
			return Optional.empty();
		}
		int tag;
		int length;
		if ((header & 0x40) != 0) {
			tag = header & 0x3F;
			int first = in.get() & 0xFF;
			if (first < 192) {
				length = first;
			}
			else if (first < 224) {
				length = ((first - 192) << 8) + (in.get() & 0xFF) + 192;
			}
			else if (first == 255) {
				length = in.getInt();
			}
			else {
				return Optional.empty();
			}
		}
		else {
			tag = (header >> 2) & 0x0F;
			length = switch (header & 0x03) {
				case 0 -> in.get() & 0xFF;
				case 1 -> in.getShort() & 0xFFFF;
				case 2 -> in.getInt();
				default -> -1;
			};
		}
		if (tag != PUBLIC_KEY_TAG || length < 6 || length > in.remaining()) {
			return Optional.empty();
		}
		byte[] body = new byte[length];
		in.get(body);
		return switch (body[0]) {
			case 4 -> Optional.of(digest("SHA-1", ByteBuffer.allocate(3).put((byte) 0x99).putShort((short) length).array(), body));
			case 6 -> Optional.of(digest("SHA-256", ByteBuffer.allocate(5).put((byte) 0x9B).putInt(length).array(), body));
			default -> Optional.empty();
		};
	}

	private static String digest(String algorithm, byte[] prefix, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance(algorithm);
			digest.update(prefix);
			digest.update(body);
			return HexFormat.of().withUpperCase().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
