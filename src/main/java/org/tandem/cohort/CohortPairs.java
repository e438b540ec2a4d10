package org.tandem.cohort;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The cohort module's door on its matched pairs, for a staff board: which provider each member organization is
 * matched with and where the pair stands. Ids only.
 */
public interface CohortPairs {

	/** The cohort's pairs (one per organization matched or proposed), by organization id; empty for an unknown one. */
	List<Pair> pairs(UUID cohortId);

	/**
	 * A pair.
	 *
	 * @param providerId null while a proposal has no provider for the organization
	 * @param engagementId set once the engagement is open
	 */
	record Pair(UUID organizationId, @Nullable UUID providerId, PairStage stage, @Nullable UUID engagementId) {
	}

}
