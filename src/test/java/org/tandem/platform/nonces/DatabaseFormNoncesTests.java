package org.tandem.platform.nonces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.FormNonces;
import org.tandem.platform.Secrets;
import org.tandem.support.SettableClock;
import org.tandem.support.WebTestSupport;

/**
 * The forms' nonces in PostgreSQL: accepted once a day, recorded with the transaction that stores the form, a digest
 * in the table and never the nonce, rows deleted after their day, and a full table that refuses nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "tandem.test.database", matches = "postgres")
class DatabaseFormNoncesTests extends WebTestSupport {

	@Autowired
	private FormNonces configured;

	@Autowired
	private TransactionTemplate transactions;

	// Starts now: the application's own nonces (on the real clock) delete rows whose day has passed, so rows written
	// at a fixed instant in the past vanish under the test once that day is over.
	private final SettableClock clock = new SettableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

	private DatabaseFormNonces nonces;

	@BeforeEach
	void emptyTable() {
		jdbc.sql("delete from form_nonce").update();
		nonces = new DatabaseFormNonces(jdbc, 100_000, clock);
	}

	@Test
	void onPostgresqlTheNoncesAreTheDatabases() {
		assertThat(configured).isInstanceOf(DatabaseFormNonces.class);
	}

	@Test
	void aNonceIsAcceptedOnceADayAndItsDigestIsAllTheTableHolds() {
		String nonce = Secrets.newToken();
		assertThat(nonces.seen("test.form", nonce)).isFalse();
		assertThat(nonces.firstTime("test.form", nonce)).isTrue();
		assertThat(nonces.firstTime("test.form", nonce)).isFalse();
		assertThat(nonces.seen("test.form", nonce)).isTrue();
		// another form's page with the same nonce is another form
		assertThat(nonces.firstTime("other.form", nonce)).isTrue();

		List<Map<String, Object>> rows = jdbc.sql("select * from form_nonce").query().listOfRows();
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			assertThat(row.keySet()).containsExactlyInAnyOrder("digest", "expires_at");
			assertThat(row.toString()).doesNotContain(nonce);
			assertThat(row.get("digest").toString()).matches("[0-9a-f]{64}");
		}
		assertThat(jdbc.sql("select digest from form_nonce").query(String.class).list())
			.contains(DatabaseFormNonces.digest("test.form", nonce));
		assertThat(jdbc.sql("select expires_at from form_nonce").query(java.time.OffsetDateTime.class).list())
			.allSatisfy(expires -> assertThat(expires.toInstant()).isEqualTo(clock.instant().plus(Duration.ofDays(1))));

		// a day later the page counts as new, and its row counts from then
		clock.advance(Duration.ofDays(1));
		assertThat(nonces.seen("test.form", nonce)).isFalse();
		assertThat(nonces.firstTime("test.form", nonce)).isTrue();
		assertThat(nonces.firstTime("test.form", nonce)).isFalse();
	}

	@Test
	void theCleanupDeletesRowsPastTheirDayOnly() {
		for (int i = 0; i < 1205; i++) {
			nonces.firstTime("test.form", "old-" + i + "-" + Secrets.newToken());
		}
		clock.advance(Duration.ofHours(12));
		String recent = Secrets.newToken();
		nonces.firstTime("test.form", recent);
		clock.advance(Duration.ofHours(12));
		assertThat(nonces.removeExpired()).as("in batches of 1000").isEqualTo(1205);
		assertThat(count()).isEqualTo(1);
		assertThat(nonces.seen("test.form", recent)).isTrue();
		clock.advance(Duration.ofHours(12));
		assertThat(nonces.removeExpired()).isEqualTo(1);
		assertThat(count()).isZero();
	}

	@Test
	void aNonceRecordedInATransactionThatRollsBackIsForgotten() {
		String nonce = Secrets.newToken();
		transactions.executeWithoutResult(status -> {
			assertThat(nonces.firstTime("test.form", nonce)).isTrue();
			status.setRollbackOnly();
		});
		assertThat(nonces.seen("test.form", nonce)).isFalse();
		assertThat(nonces.firstTime("test.form", nonce)).isTrue();
	}

	@Test
	void theSamePageSentWhileTheFirstIsBeingStoredWaitsForIt() throws Exception {
		String nonce = Secrets.newToken();
		CompletableFuture<Boolean> second = new CompletableFuture<>();
		transactions.executeWithoutResult(status -> {
			assertThat(nonces.firstTime("test.form", nonce)).isTrue();
			Thread.ofVirtual().start(() -> {
				try {
					second.complete(transactions.execute(inner -> nonces.firstTime("test.form", nonce)));
				}
				catch (RuntimeException e) {
					second.completeExceptionally(e);
				}
			});
			try {
				second.get(1, TimeUnit.SECONDS);
				throw new AssertionError("the second post did not wait for the first one's transaction");
			}
			catch (TimeoutException waiting) {
				// as it should: the first one's row is not committed yet
			}
			catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertThat(second.get(10, TimeUnit.SECONDS)).as("answered once the first committed").isFalse();
	}

	@Test
	void aFullTableRefusesNobodyAndStillTellsTheRecordedOnes() {
		String recorded = Secrets.newToken();
		nonces.firstTime("test.form", recorded);
		jdbc.sql("insert into form_nonce (digest, expires_at) select md5(i::text) || md5((i + 1)::text), :expires"
				+ " from generate_series(1, 99) i")
			.param("expires", clock.instant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
			.update();
		DatabaseFormNonces small = new DatabaseFormNonces(jdbc, 100, clock);
		String fresh = Secrets.newToken();
		assertThat(small.firstTime("test.form", fresh)).isTrue();
		assertThat(small.firstTime("test.form", fresh)).as("not recorded: the table is full").isTrue();
		assertThat(small.firstTime("test.form", recorded)).isFalse();
		assertThat(count()).isEqualTo(100);
	}

	private long count() {
		return jdbc.sql("select count(*) from form_nonce").query(Long.class).single();
	}

}
