package org.tandem.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Cursors for keyset paging: the sort keys of the row a page starts after, as one opaque, URL-safe string. They
 * name a position in a list, not anything secret: the keys are values the page already showed (times, ranks, ids).
 * Reading one that was not made here gives nothing, never an error, and lists show their first page instead.
 */
public final class Cursors {

	/** Longer than any cursor Tandem makes. */
	public static final int MAX_LENGTH = 200;

	private static final String SEPARATOR = "~";

	private Cursors() {
	}

	public static String encode(String... keys) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor's keys, if it holds exactly that many; the caller parses each and treats a failure as no cursor. */
	public static Optional<List<String>> decode(String cursor, int keys) {
		if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		try {
			List<String> parts = List.of(
					new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1));
			return parts.size() == keys ? Optional.of(parts) : Optional.empty();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
