package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry as Tandem configures it (Flyway's table, completion by deletion): an event
 * published in a transaction reaches an {@link ApplicationModuleListener} after commit, on another thread, recorded
 * in {@code event_publication} while it runs and gone once done; a listener that throws leaves its publication
 * incomplete, where {@link IncompleteEventPublications} finds it and hands it over again. Runs on PostgreSQL too.
 */
@SpringBootTest(properties = "tandem.events.retry-interval=1h")
class EventPublicationRegistryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	ProbeListener listener;

	@Test
	void aListenerGetsTheEventAfterCommitAndItsPublicationIsRecordedThenCompleted() {
		Probe probe = new Probe(UUID.randomUUID().toString(), 0);
		transactions.executeWithoutResult(status -> {
			events.publishEvent(probe);
			assertThat(listener.handled(probe)).as("not before commit").isZero();
		});

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.handled(probe) == 1 && publications(probe) == 0);
		Seen seen = listener.seen(probe).getFirst();
		assertThat(seen.recordedWhileRunning()).as("recorded in event_publication while the listener ran").isEqualTo(1);
		assertThat(seen.thread()).as("after commit, on the task executor").isNotEqualTo(Thread.currentThread().getName());
	}

	@Test
	void aListenerThatThrowsLeavesThePublicationIncompleteUntilItIsResubmitted() {
		Probe probe = new Probe(UUID.randomUUID().toString(), 1);
		transactions.executeWithoutResult(status -> events.publishEvent(probe));

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.attempts(probe) == 1 && failed(probe) == 1);
		assertThat(publications(probe)).as("kept, not completed").isEqualTo(1);

		List<EventPublication.Status> found = new CopyOnWriteArrayList<>();
		incomplete.resubmitIncompletePublications(publication -> {
			boolean ours = probe.equals(publication.getEvent());
			if (ours) {
				found.add(publication.getStatus());
			}
			return ours;
		});
		assertThat(found).as("found incomplete, as failed").containsExactly(EventPublication.Status.FAILED);

		await().atMost(Duration.ofSeconds(20)).until(() -> listener.handled(probe) == 1 && publications(probe) == 0);
		assertThat(listener.attempts(probe)).isEqualTo(2);
	}

	/** Spring Modulith 2.1's own schema has these columns and indexes; Flyway's table (V1, V22) must too. */
	@Test
	void theTableHasWhatTheRegistryExpects() {
		List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns"
				+ " where lower(table_name) = 'event_publication'", String.class);
		assertThat(columns).contains("id", "listener_id", "event_type", "serialized_event", "publication_date",
				"completion_date", "status", "completion_attempts", "last_resubmission_date");
		List<String> indexes = jdbc.execute((java.sql.Connection connection) -> {
			List<String> names = new java.util.ArrayList<>();
			try (var rs = connection.getMetaData().getIndexInfo(null, null, "event_publication", false, false)) {
				while (rs.next()) {
					names.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase(java.util.Locale.ROOT));
				}
			}
			return names;
		});
		assertThat(indexes).contains("event_publication_by_completion_date_idx",
				"event_publication_serialized_event_hash_idx");
	}

	private int publications(Probe probe) {
		return count("select count(*) from event_publication where serialized_event like ?", probe);
	}

	private int failed(Probe probe) {
		return count("select count(*) from event_publication where serialized_event like ? and status = 'FAILED'",
				probe);
	}

	private int count(String sql, Probe probe) {
		Integer count = jdbc.queryForObject(sql, Integer.class, "%" + probe.id() + "%");
		return count == null ? 0 : count;
	}

	/** An event only this test publishes; {@code failures} is how many times its listener throws before it succeeds. */
	record Probe(String id, int failures) {
	}

	record Seen(Probe probe, String thread, int recordedWhileRunning) {
	}

	/** A listener as a module would declare one; it notes what it sees and throws as often as the probe asks. */
	static class ProbeListener {

		private final JdbcTemplate jdbc;

		private final List<Seen> seen = new CopyOnWriteArrayList<>();

		private final List<Probe> attempted = new CopyOnWriteArrayList<>();

		ProbeListener(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@ApplicationModuleListener
		void on(Probe probe) {
			attempted.add(probe);
			if (attempts(probe) <= probe.failures()) {
				throw new IllegalStateException("a listener failing on purpose");
			}
			Integer recorded = jdbc.queryForObject(
					"select count(*) from event_publication where serialized_event like ? and completion_date is null",
					Integer.class, "%" + probe.id() + "%");
			seen.add(new Seen(probe, Thread.currentThread().getName(), recorded == null ? 0 : recorded));
		}

		int attempts(Probe probe) {
			return (int) attempted.stream().filter(probe::equals).count();
		}

		int handled(Probe probe) {
			return seen(probe).size();
		}

		List<Seen> seen(Probe probe) {
			return seen.stream().filter(s -> s.probe().equals(probe)).toList();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeConfiguration {

		@Bean
		ProbeListener probeListener(JdbcTemplate jdbc) {
			return new ProbeListener(jdbc);
		}

	}

}
