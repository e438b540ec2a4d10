package org.tandem.engagement.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.privacy.RetentionRule;

/**
 * An engagement is kept two years after it closed by default (administrators set the period), then deleted with every
 * row of it, as the organization's purge deletes them. The deletion reaches the live database only, as any row
 * deletion does; the organization's purge remains the way to shred its engagements everywhere (ADR 0017).
 */
@Component
class EngagementRetention implements RetentionRule {

	/** Engagements deleted in one run at most; the next run takes the rest. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final EngagementRows rows;

	private final TransactionTemplate transactions;

	EngagementRetention(JdbcClient jdbc, EngagementRows rows, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.transactions = transactions;
	}

	@Override
	public String kind() {
		return "engagement.closed";
	}

	@Override
	public Duration defaultPeriod() {
		return Duration.ofDays(730);
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
				select id from engagement where closed_at < :cutoff order by closed_at, id fetch first %d rows only"""
			.formatted(BATCH))
			.param("cutoff", Timestamp.from(cutoff))
			.query(UUID.class)
			.list();
		// each engagement in a transaction of its own: a failure leaves the others deleted and nothing half-deleted
		due.forEach(engagement -> transactions.executeWithoutResult(
				status -> rows.delete(engagement, new java.util.HashMap<String, Integer>())));
		return due.size();
	}

}
