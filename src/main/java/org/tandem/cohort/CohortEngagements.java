package org.tandem.cohort;

import java.util.Optional;
import java.util.UUID;

/**
 * The cohort module's door for the engagement module (ADR 0018): when contact is confirmed for a request matched
 * within a cohort, the engagement opens at once for the pair — the enrolled organization, the provider and the
 * cohort's first coordinator as staff — instead of waiting as an opening; then it says which engagement opened. The
 * engagement module depends on this module, never the other way round.
 */
public interface CohortEngagements {

	/** The pair matched from this request, while its engagement is not open yet; empty for any other request. */
	Optional<Opening> openingFor(UUID requestId);

	/** The pair's engagement opened; nothing happens for a request matched in no cohort. */
	void opened(UUID requestId, UUID engagementId);

	/**
	 * What the engagement opens with.
	 *
	 * @param coordinatorId the cohort's first coordinator (the longest serving), who takes part as staff
	 */
	record Opening(UUID cohortId, UUID organizationId, UUID providerId, UUID coordinatorId) {
	}

}
