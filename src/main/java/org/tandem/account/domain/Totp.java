package org.tandem.account.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six digits, the parameters
 * every authenticator app supports. Secrets are 160 random bits, shown to people in Base32.
 */
public final class Totp {

	static final int STEP_SECONDS = 30;

	private static final int DIGITS = 6;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	public static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	/** A secret as authenticator apps take it (RFC 4648 Base32, no padding). */
	public static String secretOf(byte[] key) {
		return Base32.encode(key);
	}

	public static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	public static String codeAt(String base32Secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(Base32.decode(base32Secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%0" + DIGITS + "d", binary % 1_000_000);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
		}
	}

	/**
	 * The step whose code matches, looking one step back and one ahead for clock drift; empty if none does.
	 * Comparison takes the same time whatever the code.
	 */
	public static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		String digits = code.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		long found = Long.MIN_VALUE;
		for (long step = current - 1; step <= current + 1; step++) {
			if (java.security.MessageDigest.isEqual(codeAt(base32Secret, step).getBytes(), digits.getBytes())) {
				found = step;
			}
		}
		return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
	}

	/** The {@code otpauth://} URI an authenticator app reads from the QR code. */
	public static String uri(String issuer, String accountName, String base32Secret) {
		String label = encode(issuer) + ":" + encode(accountName);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** RFC 4648 Base32 without padding, as authenticator apps expect. */
	static final class Base32 {

		private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

		private Base32() {
		}

		static String encode(byte[] data) {
			StringBuilder out = new StringBuilder();
			int buffer = 0;
			int bits = 0;
			for (byte b : data) {
				buffer = (buffer << 8) | (b & 0xff);
				bits += 8;
				while (bits >= 5) {
					out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
					bits -= 5;
				}
			}
			if (bits > 0) {
				out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
			}
			return out.toString();
		}

		static byte[] decode(String text) {
			String clean = text.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
			ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
			int buffer = 0;
			int bits = 0;
			for (char c : clean.toCharArray()) {
				int value = ALPHABET.indexOf(c);
				if (value < 0) {
					throw new IllegalArgumentException("not Base32");
				}
				buffer = (buffer << 5) | value;
				bits += 5;
				if (bits >= 8) {
					out.put((byte) (buffer >> (bits - 8)));
					bits -= 8;
				}
			}
			return out.array();
		}

	}

}
