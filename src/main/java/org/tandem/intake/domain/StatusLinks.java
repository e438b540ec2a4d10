package org.tandem.intake.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.tandem.platform.Secrets;

/**
 * The secrets a requester keeps: a link token (256 random bits) and a short code (40 random bits) shown once.
 * Only digests are stored; the code's digest is bound to the token, so the database alone cannot test codes.
 */
public final class StatusLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private StatusLinks() {
	}

	public static String newToken() {
		return Secrets.newToken();
	}

	/** Eight characters shown as {@code XXXX-XXXX}. */
	public static String newCode() {
		return random(8, 4);
	}

	/** A reference staff and requester can say on the phone, such as {@code R-7K3Q9M}; not a secret. */
	static String newReference() {
		return "R-" + random(6, 0);
	}

	private static String random(int length, int dashEvery) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (dashEvery > 0 && i > 0 && i % dashEvery == 0) {
				code.append('-');
			}
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/** The path of a status link: made absolute for mail or for the page that shows it ({@code AbsoluteLinks}). */
	public static String path(String token) {
		return "/request/status/" + token;
	}

	/** Whether a string can be a token at all; anything else is refused before any lookup. */
	public static boolean looksLikeToken(String token) {
		return token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	public static String linkDigest(String token) {
		return Secrets.sha256Hex("tandem-status-link:" + token);
	}

	public static String codeDigest(String token, String code) {
		return Secrets.sha256Hex("tandem-status-code:" + token + ":" + normalize(code));
	}

	/** Case, spaces and dashes do not matter; O, I and L read as 0, 1 and 1. */
	static String normalize(String code) {
		return code.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
	}

	static boolean sameDigest(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
