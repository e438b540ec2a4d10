package org.tandem.cohort.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The calendar feeds: a token's SHA-256 (never the token) and the account it speaks for, one per account. */
@Component
public class CalendarFeedRows {

	private final JdbcClient jdbc;

	CalendarFeedRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UUID> accountOf(String tokenSha256) {
		return jdbc.sql("select account_id from cohort_calendar_feed where token_sha256 = :hash")
			.param("hash", tokenSha256)
			.query(UUID.class)
			.optional();
	}

	public Optional<Instant> createdAt(UUID accountId) {
		return jdbc.sql("select created_at from cohort_calendar_feed where account_id = :account")
			.param("account", accountId)
			.query((rs, i) -> rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant())
			.optional();
	}

	/** Replaces the account's feed (the old link stops working). */
	public void replace(UUID accountId, String tokenSha256, Instant now) {
		revoke(accountId);
		jdbc.sql("insert into cohort_calendar_feed (token_sha256, account_id, created_at) values (:hash, :account, :now)")
			.param("hash", tokenSha256)
			.param("account", accountId)
			.param("now", SessionRows.utc(now))
			.update();
	}

	public int revoke(UUID accountId) {
		return jdbc.sql("delete from cohort_calendar_feed where account_id = :account")
			.param("account", accountId)
			.update();
	}

}
