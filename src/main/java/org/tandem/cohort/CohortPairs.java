package org.tandem.cohort;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The organization–provider pairs that matching within a cohort made, and where each stands. */
public interface CohortPairs {

	List<Pair> pairs(UUID cohortId);

	record Pair(UUID organizationId, UUID providerId, PairStage stage, @Nullable UUID engagementId) {
	}

}
