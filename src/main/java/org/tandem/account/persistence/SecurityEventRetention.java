package org.tandem.account.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.RetentionRule;

/** The security audit log is kept a year by default: long enough to investigate, not forever. */
@Component
class SecurityEventRetention implements RetentionRule {

	private final JdbcClient jdbc;

	SecurityEventRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "account.security-events";
	}

	@Override
	public Duration defaultPeriod() {
		return Duration.ofDays(365);
	}

	@Override
	public Duration minimum() {
		return Duration.ofDays(30);
	}

	@Override
	public Duration maximum() {
		return Duration.ofDays(1095);
	}

	@Override
	public int apply(Instant cutoff) {
		return jdbc.sql("delete from security_event where occurred_at < :cutoff")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.update();
	}

}
