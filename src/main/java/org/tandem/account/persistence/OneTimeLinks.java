package org.tandem.account.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Password-reset links and the first-run set-up link, stored as digests and usable once. */
@Repository
public class OneTimeLinks {

	private final JdbcClient jdbc;

	OneTimeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertPasswordReset(String tokenHash, UUID accountId, Instant expiresAt) {
		jdbc.sql("insert into password_reset (token_hash, account_id, expires_at) values (:hash, :account, :expires)")
			.param("hash", tokenHash)
			.param("account", accountId)
			.param("expires", Tokens.utc(expiresAt))
			.update();
	}

	/** How many reset links of this account still work. */
	public long openPasswordResets(UUID accountId, Instant now) {
		return jdbc.sql("select count(*) from password_reset where account_id = :account and used_at is null and expires_at > :now")
			.param("account", accountId)
			.param("now", Tokens.utc(now))
			.query(Long.class)
			.single();
	}

	public Optional<UUID> findOpenPasswordReset(String tokenHash, Instant now) {
		return jdbc.sql("""
				select account_id from password_reset
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", tokenHash)
			.param("now", Tokens.utc(now))
			.query(UUID.class)
			.optional();
	}

	/** Uses the link and every other open link of the same account. */
	public boolean usePasswordReset(String tokenHash, UUID accountId, Instant now) {
		int used = jdbc.sql("""
				update password_reset set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("now", Tokens.utc(now))
			.param("hash", tokenHash)
			.update();
		jdbc.sql("delete from password_reset where account_id = :account and token_hash <> :hash")
			.param("account", accountId)
			.param("hash", tokenHash)
			.update();
		return used == 1;
	}

	public int deleteExpiredPasswordResets(Instant now) {
		return jdbc.sql("delete from password_reset where expires_at <= :now or used_at is not null")
			.param("now", Tokens.utc(now))
			.update();
	}

	public void replaceSetupToken(String tokenHash, Instant now) {
		jdbc.sql("delete from setup_token").update();
		jdbc.sql("insert into setup_token (id, token_hash, created_at) values (1, :hash, :now)")
			.param("hash", tokenHash)
			.param("now", Tokens.utc(now))
			.update();
	}

	public boolean setupTokenMatches(String tokenHash) {
		return jdbc.sql("select count(*) from setup_token where token_hash = :hash")
			.param("hash", tokenHash)
			.query(Long.class)
			.single() == 1;
	}

	/** Consumes the set-up link; false if it was already used. */
	public boolean useSetupToken(String tokenHash) {
		return jdbc.sql("delete from setup_token where token_hash = :hash").param("hash", tokenHash).update() == 1;
	}

}
