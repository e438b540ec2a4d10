package org.tandem.intake.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.domain.Triage;

/**
 * Where a page of the queue starts: the sort keys of one row, as an opaque cursor ({@code U.0~2026-…Z~<id>} in
 * Base64url: the sort's letter, then its keys). It names a position, not a request anyone should look up: the keys
 * are a rank, a time and an id, all clear columns the page already showed. A cursor that cannot be read, or was made
 * for another sort, is no cursor at all (the first page).
 */
record QueueCursor(Map<String, Object> params) {

	/** Longer than any cursor Tandem makes (about 100 characters). */
	private static final int MAX_LENGTH = 200;

	/** The sort keys of each sort, as the index that serves it has them; the id breaks ties. */
	enum Keys {

		URGENCY("urgency_rank, submitted_at, id", true), OLDEST("submitted_at, id", true),
		NEWEST("submitted_at, id", false), UPDATED("updated_at, id", false);

		private final String columns;

		private final boolean ascending;

		Keys(String columns, boolean ascending) {
			this.columns = columns;
			this.ascending = ascending;
		}

		/** The row-value comparison that keeps the rows after the cursor's (before it, going backwards). */
		String after(boolean backwards) {
			String[] names = columns.split(", ");
			StringBuilder values = new StringBuilder();
			for (String name : names) {
				values.append(values.isEmpty() ? "" : ", ").append(":k_").append(name);
			}
			return "(" + columns + ") " + (ascending != backwards ? ">" : "<") + " (" + values + ")";
		}

		String order(boolean backwards) {
			String direction = ascending != backwards ? "" : " desc";
			return String.join(direction + ", ", columns.split(", ")) + direction;
		}

	}

	static Keys sortKeys(Triage.Sort sort) {
		return Keys.valueOf(sort.name());
	}

	static String of(Triage.Sort sort, Triage.Row row) {
		String keys = switch (sort) {
			case URGENCY -> row.urgency().rank() + "~" + row.submittedAt() + "~" + row.id();
			case OLDEST, NEWEST -> row.submittedAt() + "~" + row.id();
			case UPDATED -> row.updatedAt() + "~" + row.id();
		};
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((sort.name().charAt(0) + "." + keys).getBytes(StandardCharsets.UTF_8));
	}

	static @Nullable QueueCursor read(@Nullable String cursor, Triage.Sort sort) {
		if (cursor == null || cursor.length() > MAX_LENGTH) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String prefix = sort.name().charAt(0) + ".";
			if (!text.startsWith(prefix)) {
				return null;
			}
			String[] parts = text.substring(prefix.length()).split("~", -1);
			Map<String, Object> params = new LinkedHashMap<>();
			switch (sort) {
				case URGENCY -> {
					if (parts.length != 3) {
						return null;
					}
					params.put("k_urgency_rank", Math.clamp(Integer.parseInt(parts[0]), 0, 9));
					params.put("k_submitted_at", Timestamp.from(Instant.parse(parts[1])));
				}
				case OLDEST, NEWEST -> {
					if (parts.length != 2) {
						return null;
					}
					params.put("k_submitted_at", Timestamp.from(Instant.parse(parts[0])));
				}
				case UPDATED -> {
					if (parts.length != 2) {
						return null;
					}
					params.put("k_updated_at", Timestamp.from(Instant.parse(parts[0])));
				}
			}
			params.put("k_id", UUID.fromString(parts[parts.length - 1]));
			return new QueueCursor(params);
		}
		catch (IllegalArgumentException | java.time.DateTimeException e) {
			return null;
		}
	}

}
