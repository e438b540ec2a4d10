package org.tandem.account.domain;

import java.security.SecureRandom;

import org.tandem.platform.Secrets;

/**
 * Random tokens for links and API access, and their SHA-256 digests. Tokens carry 256 random bits, so a fast digest
 * is enough to keep them useless to someone who reads the database.
 */
public final class SecretTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static String newToken() {
		return Secrets.newToken();
	}

	public static String digest(String token) {
		return Secrets.sha256Hex(token);
	}

	/** Recovery codes: ten letters and digits in two groups, easy to copy by hand (about 50 bits each). */
	public static String newRecoveryCode() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return code.toString();
	}

}
