package org.tandem.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The cohort module's part in a request (extension point, ADR 0018): the public form lists the cohorts taking
 * organizations, a request that asks for the six-month programme is enlisted in the transaction that stores it, and
 * staff's page of the request says where it asked to go. Intake stores nothing of cohorts; without an implementation
 * the form shows no cohorts.
 */
public interface CohortEnlistment {

	/** The most cohorts the form lists. */
	int OPTIONS_LIMIT = 20;

	/** Cohorts recruiting now with room for organizations, soonest first, at most {@link #OPTIONS_LIMIT}. */
	List<CohortOption> open();

	/**
	 * Records, in the caller's transaction, that the request asks to join this cohort (or whichever fits: null).
	 * Refused with {@link org.tandem.platform.InvalidInput} on field {@code cohort} if the cohort no longer takes
	 * organizations.
	 */
	void enlist(UUID requestId, @Nullable UUID cohortId);

	/** Where the request asked to go, if it asked for a cohort. */
	Optional<Enlisted> enlisted(UUID requestId);

	/** A cohort as the form shows it: its name, its term and its working languages (codes). */
	record CohortOption(UUID id, String name, LocalDate startsOn, LocalDate endsOn, List<String> languages) {

		public CohortOption {
			languages = List.copyOf(languages);
		}

	}

	/** The cohort asked for (null: whichever fits), with its name when there is one. */
	record Enlisted(@Nullable UUID cohortId, @Nullable String cohortName) {
	}

}
