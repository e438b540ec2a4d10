package org.tandem.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The cohort module's door: what other modules may ask about cohorts and who takes part in them. */
public interface Cohorts {

	/**
	 * The cohorts recruiting that still have room for an organization and work in the language (one of the shipped
	 * codes; blank for any), soonest term first, at most {@link #RECRUITING_LIMIT}.
	 */
	List<OpenCohort> recruiting(String language);

	/** The most cohorts {@link #recruiting} lists. */
	int RECRUITING_LIMIT = 50;

	/** Whether the account takes part in the cohort now, on any side. */
	boolean takesPart(UUID cohortId, UUID accountId);

	/**
	 * Whom the account speaks for in the cohort now: a coordinator speaks for the hub, then the account of a member
	 * provider, then a member of a member organization; empty when it does not take part.
	 */
	Optional<Side> sideOf(UUID cohortId, UUID accountId);

	/** The cohort's coordinators (hub staff accounts); empty for an unknown cohort. */
	List<UUID> coordinators(UUID cohortId);

	/** The organizations taking part now (those that left are not), in the order they joined. */
	List<UUID> organizations(UUID cohortId);

	/** The providers taking part now, in the order they joined. */
	List<UUID> providers(UUID cohortId);

	/** A cohort recruiting: its name, term and working languages (shipped codes). */
	record OpenCohort(UUID id, String name, LocalDate startsOn, LocalDate endsOn, Set<String> languages) {

		public OpenCohort {
			languages = Set.copyOf(languages);
		}

	}

}
