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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.engagement.Phase;
import org.tandem.privacy.files.EncryptedFileStore;

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
			// closing and keeping in touch: alerts name check-ins, check-ins their closing
			new TableDelete("engagement.alerts", "delete from engagement_alert where engagement_id = :engagement"),
			new TableDelete("engagement.checkIns", "delete from engagement_check_in where engagement_id = :engagement"),
			new TableDelete("engagement.closings", "delete from engagement_closing where engagement_id = :engagement"),
			// working together: checklist items before their guides; decisions name meetings by id only
			new TableDelete("engagement.files", "delete from engagement_file where engagement_id = :engagement"),
			new TableDelete(null, "delete from engagement_checklist_item where engagement_id = :engagement"),
			new TableDelete("engagement.guides", "delete from engagement_guide where engagement_id = :engagement"),
			new TableDelete("engagement.messages", "delete from engagement_message where engagement_id = :engagement"),
			new TableDelete("engagement.decisions", "delete from engagement_decision where engagement_id = :engagement"),
			new TableDelete("engagement.meetings", "delete from engagement_meeting where engagement_id = :engagement"),
			// the plan
			new TableDelete("engagement.planItems", "delete from engagement_plan_item where engagement_id = :engagement"),
			new TableDelete("engagement.plans", "delete from engagement_plan where engagement_id = :engagement"),
			new TableDelete("engagement.risks", "delete from engagement_risk where engagement_id = :engagement"),
			new TableDelete(null, "delete from engagement_phase_change where engagement_id = :engagement"),
			new TableDelete(null, "delete from engagement_participant where engagement_id = :engagement"),
			new TableDelete(null, "delete from engagement_opening where engagement_id = :engagement"),
			new TableDelete("engagement.engagements", "delete from engagement where id = :engagement"));

	private final JdbcClient jdbc;

	private final EngagementLoad load;

	private final EncryptedFileStore files;

	EngagementRows(JdbcClient jdbc, EngagementLoad load, EncryptedFileStore files) {
		this.jdbc = jdbc;
		this.load = load;
		this.files = files;
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
		// the provider's load loses the engagement, in the same transaction
		jdbc.sql("select provider_id, phase from engagement where id = :engagement")
			.param("engagement", engagement)
			.query((rs, row) -> Map.entry(rs.getObject("provider_id", UUID.class), Phase.valueOf(rs.getString("phase"))))
			.optional()
			.ifPresent(gone -> load.moved(gone.getKey(), gone.getValue(), null));
		// the files' encrypted bytes go once the rows are gone for good (an organization's purge destroys its keys
		// as well, which already made them unreadable)
		List<Map.Entry<UUID, UUID>> stored = jdbc
			.sql("select organization_id, file_id from engagement_file where engagement_id = :engagement")
			.param("engagement", engagement)
			.query((rs, row) -> Map.entry(rs.getObject("organization_id", UUID.class), rs.getObject("file_id", UUID.class)))
			.list();
		if (!stored.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					stored.forEach(file -> files.delete(file.getKey(), file.getValue()));
				}
			});
		}
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
