package org.tandem.account.persistence;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-side queries over Spring Security's passkey tables, by account name. */
@Repository
public class Passkeys {

	private final JdbcClient jdbc;

	Passkeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Passkey> ofUser(String username) {
		return jdbc.sql("""
				select c.credential_id, c.label, c.created, c.last_used
				from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where u.name = :name order by c.created""")
			.param("name", username)
			.query((rs, i) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
					rs.getTimestamp("created") == null ? null : rs.getTimestamp("created").toInstant(),
					rs.getTimestamp("last_used") == null ? null : rs.getTimestamp("last_used").toInstant()))
			.list();
	}

	public boolean any(String username) {
		return jdbc.sql("""
				select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where u.name = :name""")
			.param("name", username)
			.query(Long.class)
			.single() > 0;
	}

	/** The names of every account that has at least one passkey. */
	/** Which of these users have at least one passkey. */
	public java.util.Set<String> usersWithAny(java.util.Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct u.name from user_entities u join user_credentials c on c.user_entity_user_id = u.id
				where u.name in (:names)""")
			.param("names", usernames)
			.query(String.class)
			.list());
	}

	/** Deletes one passkey of this user; false if the id belongs to someone else. */
	public boolean delete(String username, String credentialId) {
		return jdbc.sql("""
				delete from user_credentials where credential_id = :id
				and user_entity_user_id in (select id from user_entities where name = :name)""")
			.param("id", credentialId)
			.param("name", username)
			.update() == 1;
	}

	public void deleteAll(String username) {
		jdbc.sql("delete from user_credentials where user_entity_user_id in (select id from user_entities where name = :name)")
			.param("name", username)
			.update();
	}

	public record Passkey(String credentialId, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
	}

}
