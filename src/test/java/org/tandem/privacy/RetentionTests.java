package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.InvalidInput;

/** Retention rules against a fixed clock: a record survives just before its deadline and is gone just after. */
@SpringBootTest
class RetentionTests {

	static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionService configured;

	@Test
	void theSecurityLogIsKeptAYearByDefaultThenDestroyed() {
		RetentionService retention = new RetentionService(rules, jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
		Duration year = Duration.ofDays(365);
		long justInside = event(NOW.minus(year).plusSeconds(60));
		long justOutside = event(NOW.minus(year).minusSeconds(60));

		retention.applyAll();

		assertThat(exists(justInside)).isTrue();
		assertThat(exists(justOutside)).isFalse();

		// An administrator shortens the period to 30 days: the next run follows it.
		long fortyDaysOld = event(NOW.minus(Duration.ofDays(40)));
		long twentyDaysOld = event(NOW.minus(Duration.ofDays(20)));
		retention.change("account.security-events", 30, UUID.randomUUID());
		assertThat(retention.settings()).filteredOn(s -> s.kind().equals("account.security-events"))
			.singleElement()
			.satisfies(s -> assertThat(s.days()).isEqualTo(30));
		retention.applyAll();
		assertThat(exists(fortyDaysOld)).isFalse();
		assertThat(exists(twentyDaysOld)).isTrue();
	}

	@Test
	void periodsStayWithinTheirBounds() {
		assertThatThrownBy(() -> configured.change("account.security-events", 29, UUID.randomUUID()))
			.isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("messageKey", "retention.error.bounds");
		assertThatThrownBy(() -> configured.change("account.security-events", 1096, UUID.randomUUID()))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> configured.change("no.such-kind", 10, UUID.randomUUID()))
			.hasFieldOrPropertyWithValue("messageKey", "retention.error.unknown");
		assertThat(configured.settings()).extracting(RetentionService.Setting::kind)
			.contains("account.security-events", "platform.event-log");
	}

	@Test
	void handledEventsBetweenModulesAreKeptAWeek() {
		RetentionService retention = new RetentionService(rules, jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
		UUID recent = publication(NOW.minus(Duration.ofDays(7)).plusSeconds(60));
		UUID old = publication(NOW.minus(Duration.ofDays(7)).minusSeconds(60));
		retention.applyAll();
		assertThat(jdbc.sql("select id from event_publication").query(UUID.class).list()).contains(recent)
			.doesNotContain(old);
	}

	private long event(Instant at) {
		jdbc.sql("insert into security_event (occurred_at, kind, detail) values (:at, 'SIGN_IN', :marker)")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("marker", at.toString())
			.update();
		return jdbc.sql("select max(id) from security_event").query(Long.class).single();
	}

	private boolean exists(long id) {
		return jdbc.sql("select count(*) from security_event where id = :id").param("id", id).query(Long.class).single() > 0;
	}

	private UUID publication(Instant completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				values (:id, 'test', 'test', '{}', :at, :at, 'COMPLETED', 1)""")
			.param("id", id)
			.param("at", completed.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

}
