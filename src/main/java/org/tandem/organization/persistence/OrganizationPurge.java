package org.tandem.organization.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/** The organization module's part of a purge: documents (their files go with the privacy module's), members, profile. */
@Component
class OrganizationPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	OrganizationPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "organization";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("organization.documents", "organization.members", "organization.profile");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("organization.documents",
				jdbc.sql("delete from organization_document where organization_id = :id").param("id", owner).update());
		destroyed.put("organization.members",
				jdbc.sql("delete from organization_member where organization_id = :id").param("id", owner).update());
		destroyed.put("organization.profile",
				jdbc.sql("delete from organization where id = :id").param("id", owner).update());
		return destroyed;
	}

}
