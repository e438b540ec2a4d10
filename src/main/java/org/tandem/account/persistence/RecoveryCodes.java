package org.tandem.account.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recovery codes, stored as Argon2id hashes; each can be used once. */
@Repository
public class RecoveryCodes {

	private final JdbcClient jdbc;

	RecoveryCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(UUID accountId, List<String> hashes) {
		jdbc.sql("delete from recovery_code where account_id = :account").param("account", accountId).update();
		for (String hash : hashes) {
			jdbc.sql("insert into recovery_code (id, account_id, code_hash) values (:id, :account, :hash)")
				.param("id", UUID.randomUUID())
				.param("account", accountId)
				.param("hash", hash)
				.update();
		}
	}

	public void deleteAll(UUID accountId) {
		jdbc.sql("delete from recovery_code where account_id = :account").param("account", accountId).update();
	}

	public List<Unused> unused(UUID accountId) {
		return jdbc.sql("select id, code_hash from recovery_code where account_id = :account and used_at is null")
			.param("account", accountId)
			.query((rs, i) -> new Unused(rs.getObject("id", UUID.class), rs.getString("code_hash")))
			.list();
	}

	/** Marks a code used; false if it was used meanwhile. */
	public boolean use(UUID id, Instant now) {
		return jdbc.sql("update recovery_code set used_at = :now where id = :id and used_at is null")
			.param("now", Tokens.utc(now))
			.param("id", id)
			.update() == 1;
	}

	public record Unused(UUID id, String hash) {
	}

}
