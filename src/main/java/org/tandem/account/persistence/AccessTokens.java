package org.tandem.account.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens for the JSON API, stored as SHA-256 digests. */
@Repository
public class AccessTokens {

	private final JdbcClient jdbc;

	AccessTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID accountId, String name, String tokenHash, Set<String> scopes, Instant createdAt,
			Instant expiresAt) {
		jdbc.sql("""
				insert into access_token (id, account_id, name, token_hash, scopes, created_at, expires_at)
				values (:id, :account, :name, :hash, :scopes, :created, :expires)""")
			.param("id", id)
			.param("account", accountId)
			.param("name", name)
			.param("hash", tokenHash)
			.param("scopes", String.join(" ", scopes))
			.param("created", Tokens.utc(createdAt))
			.param("expires", Tokens.utc(expiresAt))
			.update();
	}

	public Optional<AccessToken> findUsable(String tokenHash, Instant now) {
		return jdbc.sql(SELECT + "where token_hash = :hash and revoked_at is null and expires_at > :now")
			.param("hash", tokenHash)
			.param("now", Tokens.utc(now))
			.query(AccessTokens::map)
			.optional();
	}

	public void touch(UUID id, Instant now) {
		jdbc.sql("update access_token set last_used_at = :now where id = :id")
			.param("now", Tokens.utc(now))
			.param("id", id)
			.update();
	}

	public List<AccessToken> ofAccount(UUID accountId) {
		return jdbc.sql(SELECT + "where account_id = :account order by created_at desc")
			.param("account", accountId)
			.query(AccessTokens::map)
			.list();
	}

	/** Revokes a token of this account only; false for anybody else's token. */
	public boolean revoke(UUID id, UUID accountId, Instant now) {
		return jdbc.sql("""
				update access_token set revoked_at = :now
				where id = :id and account_id = :account and revoked_at is null""")
			.param("now", Tokens.utc(now))
			.param("id", id)
			.param("account", accountId)
			.update() == 1;
	}

	public void revokeAll(UUID accountId, Instant now) {
		jdbc.sql("update access_token set revoked_at = :now where account_id = :account and revoked_at is null")
			.param("now", Tokens.utc(now))
			.param("account", accountId)
			.update();
	}

	private static final String SELECT = """
			select id, account_id, name, scopes, created_at, expires_at, revoked_at, last_used_at from access_token
			""";

	private static AccessToken map(ResultSet rs, int row) throws SQLException {
		return new AccessToken(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("name"), new LinkedHashSet<>(Arrays.asList(rs.getString("scopes").split(" "))),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
				Tokens.instant(rs.getObject("revoked_at", OffsetDateTime.class)),
				Tokens.instant(rs.getObject("last_used_at", OffsetDateTime.class)));
	}

	public record AccessToken(UUID id, UUID accountId, String name, Set<String> scopes, Instant createdAt,
			Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

		public String state(Instant now) {
			if (revokedAt != null) {
				return "revoked";
			}
			return expiresAt.isAfter(now) ? "active" : "expired";
		}

	}

}
