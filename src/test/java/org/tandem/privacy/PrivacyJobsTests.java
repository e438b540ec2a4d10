package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.organization.domain.OrganizationService;

/** The privacy job finishes interrupted purges, and only runs where it holds the cluster-wide lock. */
@SpringBootTest
class PrivacyJobsTests {

	@Autowired
	PrivacyJobs jobs;

	@Autowired
	PurgeService purges;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheInstanceHoldingTheLockRunsTheJob() {
		var organization = organizations.create(PrivacyCoreTests.profile("Zeta"));
		purges.afterStep = step -> {
			if (step.equals("KEYS_DESTROYED")) {
				throw new IllegalStateException("interrupted");
			}
		};
		try {
			assertThat(purges.purge(organization.id(), org.tandem.privacy.PurgeReason.STAFF).complete()).isFalse();
		}
		finally {
			purges.afterStep = step -> {
			};
		}
		// Another instance holds the lock: this one does nothing.
		Instant now = Instant.now();
		jdbc.sql("delete from shedlock where name = 'privacy'").update();
		jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values ('privacy', :until, :at, 'other')")
			.param("until", Timestamp.from(now.plus(1, ChronoUnit.HOURS)))
			.param("at", Timestamp.from(now))
			.update();
		jobs.run();
		assertThat(purges.receiptFor(organization.id()).orElseThrow().complete()).isFalse();

		// Once the other instance releases the lock, the job finishes the purge.
		jdbc.sql("update shedlock set lock_until = :past where name = 'privacy'")
			.param("past", Timestamp.from(now.minus(1, ChronoUnit.MINUTES)))
			.update();
		jobs.run();
		assertThat(purges.receiptFor(organization.id()).orElseThrow().complete()).isTrue();
	}

}
