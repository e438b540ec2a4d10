package org.tandem.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization or a provider changed whether its results may be counted anonymously in figures about more than
 * one organization. Published after the change commits by the module that keeps the choice; figures kept in advance
 * (the evaluation's "what works" tally) count again without it. Carries ids only.
 *
 * @param party whose choice it is
 * @param partyId the organization's or the provider's id
 * @param counted the choice now
 */
public record CountingChanged(Party party, UUID partyId, boolean counted, Instant at) {

	/** Who made the choice. */
	public enum Party {
		ORGANIZATION, PROVIDER
	}

}
