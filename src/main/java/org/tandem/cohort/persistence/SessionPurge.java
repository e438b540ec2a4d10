package org.tandem.cohort.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The sessions' part of a purge: an organization's or provider's attendance, and an account's calendar feed. The
 * sessions themselves are the hub's and stay. Idempotent.
 */
@Component
class SessionPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	SessionPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "cohort.sessions";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("cohort.attendance", "cohort.calendarFeeds");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("cohort.attendance", jdbc.sql("""
				delete from cohort_attendance where organization_id = :owner or provider_id = :owner
				or account_id = :owner""").param("owner", owner).update());
		destroyed.put("cohort.calendarFeeds",
				jdbc.sql("delete from cohort_calendar_feed where account_id = :owner").param("owner", owner).update());
		destroyed.values().removeIf(n -> n == 0);
		return destroyed;
	}

}
