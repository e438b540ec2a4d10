package org.tandem.privacy;

import java.security.SecureRandom;

/** Receipt codes: 20 random characters from an alphabet without look-alikes, in groups of five. */
final class ReceiptCodes {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom random = new SecureRandom();

	private ReceiptCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder("P-");
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 5 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	static boolean wellFormed(String code) {
		return code.matches("P-([" + ALPHABET + "]{5}-){3}[" + ALPHABET + "]{5}");
	}

}
