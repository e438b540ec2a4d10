package org.tandem.cohort.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The cohort module's part of a purge: an organization's memberships (present and past), or an erased provider's
 * (the directory's erasure is a purge with the provider as owner). The cohorts themselves are the hub's, not the
 * owner's, and stay. Idempotent: a second run finds nothing.
 */
@Component
class CohortPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	CohortPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "cohort.members";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("cohort.organizations", "cohort.providers", "cohort.enlistments");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("cohort.organizations",
				jdbc.sql("delete from cohort_organization where organization_id = :owner").param("owner", owner).update());
		destroyed.put("cohort.providers",
				jdbc.sql("delete from cohort_provider where provider_id = :owner").param("owner", owner).update());
		// a request that asked for a cohort (its own purge), or the organization enrolled from it
		destroyed.put("cohort.enlistments", jdbc.sql("""
				delete from cohort_enlistment where request_id = :owner or organization_id = :owner""")
			.param("owner", owner)
			.update());
		destroyed.values().removeIf(n -> n == 0);
		return destroyed;
	}

}
