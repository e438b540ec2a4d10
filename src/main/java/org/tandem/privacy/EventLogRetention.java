package org.tandem.privacy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Events between modules (Spring Modulith's publication log) are kept, once handled, only for troubleshooting. */
@Component
class EventLogRetention implements RetentionRule {

	private final JdbcClient jdbc;

	EventLogRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "platform.event-log";
	}

	@Override
	public Duration defaultPeriod() {
		return Duration.ofDays(7);
	}

	@Override
	public Duration minimum() {
		return Duration.ofDays(1);
	}

	@Override
	public Duration maximum() {
		return Duration.ofDays(90);
	}

	@Override
	public int apply(Instant cutoff) {
		return jdbc.sql("delete from event_publication where completion_date is not null and completion_date < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
