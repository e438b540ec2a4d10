package org.tandem.intake.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.domain.Triage;
import org.tandem.platform.Cursors;

/**
 * Where a page of the queue starts: the sort keys of one row, as an opaque cursor ({@link Cursors}: the sort's
 * letter, then its keys, such as {@code U~0~2026-…Z~<id>}). It names a position, not a request anyone should look up: the keys
 * are a rank, a time and an id, all clear columns the page already showed. A cursor that cannot be read, or was made
 * for another sort, is no cursor at all (the first page).
 */
record QueueCursor(Map<String, Object> params) {


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
		String letter = sort.name().substring(0, 1);
		return switch (sort) {
			case URGENCY -> Cursors.encode(letter, Integer.toString(row.urgency().rank()), row.submittedAt().toString(),
					row.id().toString());
			case OLDEST, NEWEST -> Cursors.encode(letter, row.submittedAt().toString(), row.id().toString());
			case UPDATED -> Cursors.encode(letter, row.updatedAt().toString(), row.id().toString());
		};
	}

	static @Nullable QueueCursor read(@Nullable String cursor, Triage.Sort sort) {
		if (cursor == null) {
			return null;
		}
		List<String> keys = Cursors.decode(cursor, sort == Triage.Sort.URGENCY ? 4 : 3).orElse(null);
		if (keys == null || !keys.getFirst().equals(sort.name().substring(0, 1))) {
			return null;
		}
		try {
			Map<String, Object> params = new LinkedHashMap<>();
			switch (sort) {
				case URGENCY -> {
					params.put("k_urgency_rank", Math.clamp(Integer.parseInt(keys.get(1)), 0, 9));
					params.put("k_submitted_at", Timestamp.from(Instant.parse(keys.get(2))));
				}
				case OLDEST, NEWEST -> params.put("k_submitted_at", Timestamp.from(Instant.parse(keys.get(1))));
				case UPDATED -> params.put("k_updated_at", Timestamp.from(Instant.parse(keys.get(1))));
			}
			params.put("k_id", UUID.fromString(keys.getLast()));
			return new QueueCursor(params);
		}
		catch (IllegalArgumentException | java.time.DateTimeException e) {
			return null;
		}
	}

}
