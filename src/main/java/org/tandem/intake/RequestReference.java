package org.tandem.intake;

import java.util.Locale;
import java.util.Optional;

/**
 * A request's reference as people say it on the phone ("r 7k3 q9m", "7K3Q9M", "R-7K3Q9M"): with or without the
 * prefix, spaces and dashes, in any case, and with the letters the alphabet leaves out read as the digits they look
 * like (O as 0, I and L as 1). References are not secret and not identifying; they are a clear, unique column.
 */
public final class RequestReference {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private RequestReference() {
	}

	/** The reference in its stored form ({@code R-7K3Q9M}), or empty if what was typed cannot be one. */
	public static Optional<String> normalize(String typed) {
		String upper = typed.strip().toUpperCase(Locale.ROOT);
		// "R-…" or "R …": the prefix said apart, so six characters must follow it
		boolean prefixed = upper.matches("R[\\s\\-_.]+.*");
		String s = upper.replaceAll("[\\s\\-_.]", "");
		if (prefixed || (s.length() == 7 && s.charAt(0) == 'R')) {
			s = s.substring(1);
		}
		if (s.length() != 6) {
			return Optional.empty();
		}
		StringBuilder body = new StringBuilder("R-");
		for (char c : s.toCharArray()) {
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) < 0) {
				return Optional.empty();
			}
			body.append(read);
		}
		return Optional.of(body.toString());
	}

}
