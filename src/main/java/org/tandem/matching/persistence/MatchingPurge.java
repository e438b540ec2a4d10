package org.tandem.matching.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The matching part of a purge, for a request or a provider: the needs profile, the choices naming either, and every
 * batch proposal that lists either (a proposal is only worth its whole).
 */
@Component
class MatchingPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	MatchingPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "matching";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("matching.needs", "matching.choices", "matching.batches");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("matching.needs",
				jdbc.sql("delete from match_needs where request_id = :id").param("id", owner).update());
		destroyed.put("matching.choices",
				jdbc.sql("delete from match_choice where request_id = :id or provider_id = :id").param("id", owner).update());
		destroyed.put("matching.batches", jdbc.sql("""
				delete from match_batch where id in (select batch_id from match_batch_row
				where request_id = :id or provider_id = :id or proposed_provider = :id)""").param("id", owner).update());
		return destroyed;
	}

}
