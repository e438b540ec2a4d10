package org.tandem.matching.persistence;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.RetentionRule;

/** Batch proposals are working papers: kept 30 days by default, then deleted whether applied or not. */
@Component
class BatchRetention implements RetentionRule {

	private final JdbcClient jdbc;

	BatchRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "matching.batches";
	}

	@Override
	public Duration defaultPeriod() {
		return Duration.ofDays(30);
	}

	@Override
	public Duration minimum() {
		return Duration.ofDays(1);
	}

	@Override
	public Duration maximum() {
		return Duration.ofDays(365);
	}

	@Override
	public int apply(Instant cutoff) {
		return jdbc.sql("delete from match_batch where created_at < :cutoff").param("cutoff", cutoff.atOffset(java.time.ZoneOffset.UTC)).update();
	}

}
