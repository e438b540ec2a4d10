package org.tandem.handoff.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The handoff's part in a request's purge: the offers, the introduction (the organization–provider link), the
 * follow-ups and the handoff itself. The counters in {@code handoff_tally} name no request and stay.
 */
@Component
class HandoffPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	HandoffPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "handoff";
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("handoff.offers", delete("handoff_offer", owner));
		destroyed.put("handoff.introduction", delete("handoff_introduction", owner));
		destroyed.put("handoff.follow-ups", delete("handoff_follow_up", owner));
		destroyed.put("handoff.handoff", delete("handoff", owner));
		destroyed.values().removeIf(count -> count == 0);
		return destroyed;
	}

	private int delete(String table, UUID owner) {
		return jdbc.sql("delete from " + table + " where request_id = :owner").param("owner", owner).update();
	}

}
