package org.tandem.engagement.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes one engagement with every row that belongs to it, for the organization's purge and for the retention rule
 * alike. {@link #TABLES} is the one list of the module's tables: a part that adds a table adds its delete here
 * (children before parents), and both ways of destroying an engagement then reach it.
 */
@Component
class EngagementRows {

	/**
	 * One table's delete for the engagement {@code :engagement}; {@code kind} names what the purge receipt counts
	 * ({@code kind.<kind>} in the message bundles), or is null for rows the receipt does not list on their own.
	 */
	record TableDelete(@Nullable String kind, String sql) {
	}

	/** Children first; the engagement itself last. */
	static final List<TableDelete> TABLES = List.of(
			new TableDelete("engagement.risks", "delete from engagement_risk where engagement_id = :engagement"),
			new TableDelete(null, "delete from engagement_phase_change where engagement_id = :engagement"),
			new TableDelete(null, "delete from engagement_participant where engagement_id = :engagement"),
			new TableDelete(null, "delete from engagement_opening where engagement_id = :engagement"),
			new TableDelete("engagement.engagements", "delete from engagement where id = :engagement"));

	private final JdbcClient jdbc;

	EngagementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The kinds of record the receipt counts. */
	static Set<String> kinds() {
		return TABLES.stream()
			.map(TableDelete::kind)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/** Deletes the engagement's rows, adding what was deleted of each kind to {@code counts}. */
	void delete(UUID engagement, Map<String, Integer> counts) {
		for (TableDelete table : TABLES) {
			int deleted = jdbc.sql(table.sql()).param("engagement", engagement).update();
			if (table.kind() != null) {
				counts.merge(table.kind(), deleted, Integer::sum);
			}
		}
	}

	/** A count of zero for every kind, in the list's order. */
	static Map<String, Integer> none() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		kinds().forEach(kind -> counts.put(kind, 0));
		return counts;
	}

}
