package org.tandem.handoff;

import java.time.Instant;
import java.util.UUID;

/**
 * Both sides of a handoff (or staff's record, after its grace period) confirmed that the organization and the
 * provider are in contact; published in the transaction that records it. Engagements start from it once it is
 * committed; an anonymous request is purged right after, so its listeners get ids only and must not look for more.
 */
public record ContactConfirmed(UUID requestId, UUID providerId, boolean anonymous, Instant confirmedAt) {
}
