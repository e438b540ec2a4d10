package org.tandem.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.support.WebTestSupport;

/**
 * Two instances on one database, each with its own session repository: a page view within the resolution writes
 * nothing, and every instance still sees sign-outs, the idle limit and the absolute limit at the next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSessionRepositoryTests extends WebTestSupport {

	private static final Duration IDLE = Duration.ofMinutes(30);

	private static final Duration ABSOLUTE = Duration.ofHours(12);

	@Autowired
	private DataSource dataSource;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private final List<String> created = new ArrayList<>();

	private SharedSessionRepository first;

	private SharedSessionRepository second;

	@BeforeEach
	void twoInstances() {
		first = instance();
		second = instance();
	}

	@AfterEach
	void deleteSessions() {
		created.forEach(first::deleteById);
	}

	@Test
	void theResolutionIsAMinuteOrATenthOfAShorterIdleLimit() {
		assertThat(SharedSessionRepository.resolution(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(1));
		assertThat(SharedSessionRepository.resolution(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(30));
		assertThat(SharedSessionRepository.resolution(Duration.ofSeconds(4))).isEqualTo(Duration.ofMillis(400));
	}

	@Test
	void pageViewsWithinTheResolutionWriteNothingAndALaterOneIsSeenByTheOtherInstance() {
		String id = signedIn();
		Instant stored = storedLastAccess(id);

		var view = first.findById(id);
		view.setLastAccessedTime(stored.plusSeconds(59));
		first.save(view);
		assertThat(storedLastAccess(id)).isEqualTo(stored);
		assertThat(second.findById(id).getLastAccessedTime()).isEqualTo(stored);

		var later = first.findById(id);
		later.setLastAccessedTime(stored.plusSeconds(61));
		first.save(later);
		assertThat(storedLastAccess(id)).isEqualTo(stored.plusSeconds(61));
		assertThat(second.findById(id).getLastAccessedTime()).isEqualTo(stored.plusSeconds(61));
	}

	@Test
	void theIdleLimitEndsTheSessionOnTheOtherInstanceAtMostTheResolutionEarly() {
		String id = signedIn();
		// The last write was the idle limit less 20 seconds ago; a view half a minute later wrote nothing.
		age(id, IDLE.minusSeconds(20), Duration.ZERO);
		var view = first.findById(id);
		view.setLastAccessedTime(storedLastAccess(id).plusSeconds(30));
		first.save(view);
		assertThat(second.findById(id)).isNotNull();

		// Once the stored time is past the idle limit, the session is over on both instances, half a minute before
		// the idle limit counted from that view: early by less than the resolution, never late.
		age(id, IDLE.plusSeconds(1), Duration.ZERO);
		assertThat(second.findById(id)).isNull();
		assertThat(first.findById(id)).isNull();
		assertThat(rows(id)).isZero();
	}

	@Test
	void aSignOutOnOneInstanceHoldsOnTheOtherAtItsNextRequest() {
		String id = signedIn();
		assertThat(second.findById(id)).isNotNull();
		first.deleteById(id);
		assertThat(second.findById(id)).isNull();
	}

	@Test
	void signingOutEverywhereFindsTheSessionsByName() {
		String one = signedIn();
		String other = signedIn();
		assertThat(second.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				"shared-session-test")).containsKeys(one, other);
		second.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				"shared-session-test").keySet().forEach(second::deleteById);
		assertThat(first.findById(one)).isNull();
		assertThat(first.findById(other)).isNull();
	}

	@Test
	void aSessionOlderThanTheAbsoluteLimitIsNotFoundAndIsDeleted() {
		String id = signedIn();
		age(id, Duration.ZERO, ABSOLUTE.plusSeconds(1));
		assertThat(second.findById(id)).isNull();
		assertThat(rows(id)).isZero();
	}

	@Test
	void withinOneRequestASessionIsReadOnceAndTheNextRequestReadsItAgain() {
		String id = signedIn();
		assertThat(SharedSessionRepository.openRequest()).isTrue();
		try {
			assertThat(SharedSessionRepository.openRequest()).isFalse();
			assertThat(first.findById(id)).isNotNull();
			// another instance signs the person out in the middle of the request (the same thread here shares the
			// request's sessions, so its statement is run directly)
			new JdbcTemplate(dataSource).update("delete from spring_session where session_id = ?", id);
			assertThat(first.findById(id)).as("the request keeps what it read").isNotNull();
		}
		finally {
			SharedSessionRepository.closeRequest();
		}
		assertThat(first.findById(id)).isNull();
	}

	@Test
	void anAttributeSetOnOneInstanceIsReadOnTheOther() {
		String id = signedIn();
		var session = first.findById(id);
		session.setAttribute("shared-session-test.note", "written by the first instance");
		first.save(session);
		assertThat(second.findById(id).<String>getAttribute("shared-session-test.note"))
			.isEqualTo("written by the first instance");
	}

	/** A repository as an instance of Tandem builds it (SessionConfiguration), on the same database. */
	private SharedSessionRepository instance() {
		var writes = new TransactionTemplate(transactionManager);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		var transactions = new SessionTransactions(writes);
		var store = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), transactions);
		store.setDefaultMaxInactiveInterval(IDLE);
		return new SharedSessionRepository(store, transactions, IDLE, ABSOLUTE);
	}

	private String signedIn() {
		var session = first.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "shared-session-test");
		first.save(session);
		created.add(session.getId());
		return session.getId();
	}

	private Instant storedLastAccess(String id) {
		return Instant.ofEpochMilli(new JdbcTemplate(dataSource).queryForObject(
				"select last_access_time from spring_session where session_id = ?", Long.class, id));
	}

	/** Moves the session's last write and creation back in time, as if that much time had passed. */
	private void age(String id, Duration sinceLastWrite, Duration sinceCreation) {
		long now = System.currentTimeMillis();
		long lastAccess = now - sinceLastWrite.toMillis();
		new JdbcTemplate(dataSource).update(
				"update spring_session set last_access_time = ?, expiry_time = ?, creation_time = ? where session_id = ?",
				lastAccess, lastAccess + IDLE.toMillis(), now - sinceCreation.toMillis(), id);
	}

	private int rows(String id) {
		return new JdbcTemplate(dataSource).queryForObject("select count(*) from spring_session where session_id = ?",
				Integer.class, id);
	}

}
