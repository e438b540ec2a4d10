package org.tandem.account.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.Role;

/** Invitations: one-time links (stored as digests) that let a person create an account with the given roles. */
@Repository
public class Invitations {

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String tokenHash, @Nullable String email, Set<Role> roles, UUID createdBy,
			Instant createdAt, Instant expiresAt) {
		jdbc.sql("""
				insert into invitation (id, token_hash, email, roles, created_by, created_at, expires_at)
				values (:id, :hash, :email, :roles, :by, :created, :expires)""")
			.param("id", id)
			.param("hash", tokenHash)
			.param("email", email)
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("by", createdBy)
			.param("created", Tokens.utc(createdAt))
			.param("expires", Tokens.utc(expiresAt))
			.update();
	}

	/** The invitation behind a token, if it can still be accepted. */
	public Optional<Invitation> findOpen(String tokenHash, Instant now) {
		return jdbc.sql(SELECT + """
				where token_hash = :hash and accepted_at is null and revoked_at is null and expires_at > :now""")
			.param("hash", tokenHash)
			.param("now", Tokens.utc(now))
			.query(Invitations::map)
			.optional();
	}

	/** Marks accepted only if still open; false if someone else got there first or it expired meanwhile. */
	public boolean accept(UUID id, UUID accountId, Instant now) {
		return jdbc.sql("""
				update invitation set accepted_at = :now, accepted_by = :account
				where id = :id and accepted_at is null and revoked_at is null and expires_at > :now""")
			.param("now", Tokens.utc(now))
			.param("account", accountId)
			.param("id", id)
			.update() == 1;
	}

	public boolean revoke(UUID id, Instant now) {
		return jdbc.sql("update invitation set revoked_at = :now where id = :id and accepted_at is null and revoked_at is null")
			.param("now", Tokens.utc(now))
			.param("id", id)
			.update() == 1;
	}

	public Optional<Invitation> find(UUID id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Invitations::map).optional();
	}

	public List<Invitation> recent() {
		return jdbc.sql(SELECT + "order by created_at desc fetch first 200 rows only").query(Invitations::map).list();
	}

	private static final String SELECT = """
			select id, email, roles, created_by, created_at, expires_at, accepted_at, accepted_by, revoked_at
			from invitation
			""";

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(",")).map(Role::parse).flatMap(Optional::stream).forEach(roles::add);
		return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"), roles,
				rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
				Tokens.instant(rs.getObject("accepted_at", OffsetDateTime.class)),
				rs.getObject("accepted_by", UUID.class), Tokens.instant(rs.getObject("revoked_at", OffsetDateTime.class)));
	}

	public record Invitation(UUID id, @Nullable String email, Set<Role> roles, UUID createdBy, Instant createdAt,
			Instant expiresAt, @Nullable Instant acceptedAt, @Nullable UUID acceptedBy, @Nullable Instant revokedAt) {

		public String state(Instant now) {
			if (acceptedAt != null) {
				return "accepted";
			}
			if (revokedAt != null) {
				return "revoked";
			}
			return expiresAt.isAfter(now) ? "open" : "expired";
		}

	}

}
