package org.tandem.account.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed attempts per sign-in name, shared by every instance through the database. Keys are digests of the name,
 * so the table holds no names, and unknown names are counted exactly like known ones.
 */
@Repository
public class LoginThrottle {

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Instant> blockedUntil(String key, Instant now) {
		return jdbc.sql("select blocked_until from login_throttle where key_hash = :key and blocked_until > :now")
			.param("key", key)
			.param("now", Tokens.utc(now))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/** The longest a name waits, however often it was blocked. */
	static final Duration MAX_LOCKOUT = Duration.ofHours(24);

	/**
	 * Counts a failure; blocks the key once {@code maxFailures} fall within {@code window}: for {@code lockout} the
	 * first time, twice as long each further time (up to a day), so guessing stays slow however patient the guesser.
	 * Runs in its own transaction so a failed sign-in's rollback cannot undo it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String key, Instant now, int maxFailures, Duration window, Duration lockout) {
		var row = jdbc.sql("select failures, window_start, blocks from login_throttle where key_hash = :key for update")
			.param("key", key)
			.query((rs, i) -> new Row(rs.getInt("failures"), rs.getObject("window_start", OffsetDateTime.class).toInstant(),
					rs.getInt("blocks")))
			.optional();
		if (row.isEmpty()) {
			try {
				jdbc.sql("insert into login_throttle (key_hash, failures, window_start) values (:key, 1, :now)")
					.param("key", key)
					.param("now", Tokens.utc(now))
					.update();
				return maxFailures <= 1;
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				return recordFailure(key, now, maxFailures, window, lockout);
			}
		}
		boolean windowOver = row.get().windowStart().plus(window).isBefore(now);
		int failures = windowOver ? 1 : row.get().failures() + 1;
		boolean block = failures >= maxFailures;
		int blocks = row.get().blocks() + (block ? 1 : 0);
		Duration wait = lockout.multipliedBy(1L << Math.min(Math.max(blocks - 1, 0), 16));
		jdbc.sql("""
				update login_throttle set failures = :failures, window_start = :start, blocked_until = :until,
				blocks = :blocks where key_hash = :key""")
			.param("failures", block ? 0 : failures)
			.param("start", Tokens.utc(windowOver || block ? now : row.get().windowStart()))
			.param("until", block ? Tokens.utc(now.plus(wait.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : wait)) : null)
			.param("blocks", blocks)
			.param("key", key)
			.update();
		return block;
	}

	public void clear(String key) {
		jdbc.sql("delete from login_throttle where key_hash = :key").param("key", key).update();
	}

	public int deleteStale(Instant before) {
		return jdbc.sql("""
				delete from login_throttle
				where window_start < :before and (blocked_until is null or blocked_until < :before)""")
			.param("before", Tokens.utc(before))
			.update();
	}

	private record Row(int failures, Instant windowStart, int blocks) {
	}

}
