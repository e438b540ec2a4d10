package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The schema's check constraints keep working after the pool has closed every connection it had, the one that ran
 * the migrations among them, as it does in production after a connection's lifetime. H2 2.4.240 failed every check
 * with an IN list from then on ("Check constraint invalid"), so a new hub on the embedded database answered sending
 * a request with an error page half an hour after its first start. Both databases.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.context=constraints")
class DatabaseConstraintsTests extends IntakeTestSupport {

	@Autowired
	DataSource dataSource;

	@Test
	void aRequestIsSentAfterThePoolReplacedTheMigratingConnection() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		pool.getHikariPoolMXBean().softEvictConnections();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
			.until(() -> pool.getHikariPoolMXBean().getTotalConnections() > 0
					&& pool.getHikariPoolMXBean().getActiveConnections() == 0);
		// a check with an IN list on a table made by the migrations: the referral counter's source
		Map<String, String> form = validForm();
		form.put("referral", "PARTICIPANT");
		assertThat(submit(visitor(), form).id()).isNotNull();
		// and one straight in SQL, on a connection the pool opened after the eviction
		assertThat(jdbc.sql("""
				insert into intake_referral_tally (month_start, source, slot, requests)
				values (date '2001-01-01', 'EVENT', 0, 1)""").update()).isOne();
	}

}
