package org.tandem.cohort.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.cohort.domain.CohortRecords;
import org.tandem.privacy.PurgeReason;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.RetentionRule;

/**
 * A closed cohort's records are kept three years after it closed by default (administrators set the period), then
 * forgotten: the cohort id's keys are destroyed with every file kept under them (a purge with the cohort as owner),
 * every part of the module forgets what it keeps ({@link CohortRecords}), then the cohort's own rows go, the cohort
 * last. The agreements' signatures stay: they are the organizations' record of what they signed, not the cohort's,
 * and go with each organization's own purge.
 */
@Component
class CohortRetention implements RetentionRule {

	/** Cohorts forgotten in one run at most; the next run takes the rest. */
	static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(CohortRetention.class);

	/** The cohort's own tables, children first (enlistments name the cohort a request asked for). */
	private static final List<String> OWN = List.of("cohort_enlistment", "cohort_organization", "cohort_provider",
			"cohort_coordinator", "cohort_language");

	private final JdbcClient jdbc;

	private final List<CohortRecords> records;

	private final PurgeService purges;

	private final TransactionTemplate transactions;

	CohortRetention(JdbcClient jdbc, List<CohortRecords> records, PurgeService purges,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.records = records;
		this.purges = purges;
		this.transactions = transactions;
	}

	@Override
	public String kind() {
		return "cohort.records";
	}

	@Override
	public Duration defaultPeriod() {
		return Duration.ofDays(3 * 365);
	}

	@Override
	public Duration minimum() {
		return Duration.ofDays(30);
	}

	@Override
	public Duration maximum() {
		return Duration.ofDays(3650);
	}

	@Override
	public int apply(Instant cutoff) {
		List<UUID> due = jdbc.sql("""
				select id from cohort where status = 'CLOSED' and closed_at < :cutoff
				order by closed_at, id fetch first %d rows only""".formatted(BATCH))
			.param("cutoff", Timestamp.from(cutoff))
			.query(UUID.class)
			.list();
		due.forEach(this::forget);
		return due.size();
	}

	/**
	 * Forgets one cohort. The keys first (a purge, recorded and finished by the purge job if interrupted), then the
	 * rows in one transaction: a failure leaves the cohort whole, to be taken again by the next run.
	 */
	void forget(UUID cohortId) {
		purges.purge(cohortId, PurgeReason.RETENTION);
		transactions.executeWithoutResult(status -> {
			records.forEach(part -> part.forget(cohortId));
			for (String table : OWN) {
				jdbc.sql("delete from " + table + " where cohort_id = :cohort").param("cohort", cohortId).update();
			}
			jdbc.sql("delete from cohort where id = :cohort").param("cohort", cohortId).update();
		});
		log.info("cohort {} forgotten at the end of its retention period", cohortId);
	}

}
