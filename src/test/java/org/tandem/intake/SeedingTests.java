package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.intake.domain.IntakeService;

/**
 * The seeding that bench/lists.sh measures with: made-up requests and providers go through Tandem's own services, so
 * they are sealed like real ones, in every status intake's staff leave them in, spread over years, and counted in the
 * tally; providers are applied, reviewed, vouched for and vetted.
 */
@SpringBootTest(properties = { "tandem.demo=true", "tandem.seed.requests=80", "tandem.seed.providers=12",
		"tandem.seed.threads=2" })
class SeedingTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IntakeService intake;

	@Test
	void seededRequestsAreSealedInMixedStatusesOverYearsAndCounted() {
		assertThat(count("help_request")).isEqualTo(80);
		List<String> statuses = jdbc.sql("select distinct status from help_request").query(String.class).list();
		assertThat(statuses).contains("NEW", "NEEDS_INFORMATION", "ASSESSING", "DECLINED");
		assertThat(count("help_request where assigned_to is not null")).isPositive();
		Timestamp oldest = jdbc.sql("select min(submitted_at) from help_request").query(Timestamp.class).single();
		assertThat(oldest.toInstant()).isBefore(Instant.now().minus(Duration.ofDays(60)));
		UUID seeded = jdbc.sql("select id from help_request where status = 'DECLINED' fetch first 1 rows only")
			.query(UUID.class).single();
		assertThat(intake.staffView(seeded).request().description()).startsWith("Seed request");
		assertThat(intake.counts().byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(80);
		assertThat(intake.counts().open()).isEqualTo(count("help_request where in_queue = true"));
		assertThat(count("provider")).isEqualTo(12);
		assertThat(count("provider where status = 'VETTED'")).isPositive();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
