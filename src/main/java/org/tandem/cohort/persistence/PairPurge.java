package org.tandem.cohort.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * Matching within the cohort's part of a purge: an organization's pairs (it is the pair's subject), an erased
 * provider's pairs, and for a purged request the tie to it — a pair still only proposed goes with it, one already
 * offered keeps its stage without the request's id. Idempotent: a second run finds nothing.
 */
@Component
class PairPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	PairPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "cohort.pairs";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("cohort.pairs", "cohort.pairRequests");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("cohort.pairs", jdbc.sql("""
				delete from cohort_pair where organization_id = :owner or provider_id = :owner
				or (request_id = :owner and stage = 'PROPOSED')""").param("owner", owner).update());
		destroyed.put("cohort.pairRequests",
				jdbc.sql("update cohort_pair set request_id = null where request_id = :owner").param("owner", owner)
					.update());
		destroyed.values().removeIf(n -> n == 0);
		return destroyed;
	}

}
