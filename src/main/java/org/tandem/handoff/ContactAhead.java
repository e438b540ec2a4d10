package org.tandem.handoff;

import java.util.Optional;
import java.util.UUID;

/**
 * The handoff's door for what comes after contact (ADR 0017): whether a request's handoff has a provider who accepted
 * and contact is not yet confirmed, so that an anonymous requester may still choose a workspace under a pseudonym
 * before everything about the request is destroyed. Ids only.
 */
public interface ContactAhead {

	/**
	 * The provider who accepted the request's offer, while the handoff waits for the introduction or for contact to
	 * be confirmed (accepted, introduced, contact failed or recorded); empty for any other stage or no handoff.
	 */
	Optional<Ahead> ahead(UUID requestId);

	/** The provider who accepted, and whether the request is anonymous. */
	record Ahead(UUID providerId, boolean anonymous) {
	}

}
