package org.tandem.cohort.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The cohort forms' part of a purge: an organization's intakes, outtakes and exit interviews, or an erased provider's
 * exit interviews (the directory's erasure is a purge with the provider as owner). Their text was sealed under the
 * owner's keys, destroyed before this runs; the rows go too. Idempotent.
 */
@Component
class CohortFormsPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	CohortFormsPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "cohort.forms";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("cohort.intakes", "cohort.outtakes", "cohort.exitInterviews");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("cohort.intakes",
				jdbc.sql("delete from cohort_intake where organization_id = :owner").param("owner", owner).update());
		destroyed.put("cohort.outtakes",
				jdbc.sql("delete from cohort_outtake where organization_id = :owner").param("owner", owner).update());
		destroyed.put("cohort.exitInterviews",
				jdbc.sql("delete from cohort_exit_interview where party_id = :owner").param("owner", owner).update());
		destroyed.values().removeIf(n -> n == 0);
		return destroyed;
	}

}
