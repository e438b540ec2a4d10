package org.tandem.engagement.persistence;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The engagement module's part of an organization's purge: each of its engagements with every row of it (the list in
 * {@link EngagementRows}). The organization's keys, destroyed by the same purge, already made every sealed value
 * unreadable in every copy; this deletes the rows, and the openings that linked a request to the organization. Runs
 * before the organization module's part (participants run in the order of their names), whose row the engagements
 * refer to.
 */
@Component
class EngagementPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	private final EngagementRows rows;

	EngagementPurge(JdbcClient jdbc, EngagementRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Override
	public String name() {
		return "engagement";
	}

	@Override
	public Set<String> kinds() {
		return EngagementRows.kinds();
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = EngagementRows.none();
		jdbc.sql("select id from engagement where organization_id = :owner")
			.param("owner", owner)
			.query(UUID.class)
			.list()
			.forEach(engagement -> rows.delete(engagement, destroyed));
		// a pseudonym's workspace that had not opened yet
		jdbc.sql("delete from engagement_pseudonym where organization_id = :owner").param("owner", owner).update();
		return destroyed;
	}

}
