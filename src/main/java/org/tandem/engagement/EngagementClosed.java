package org.tandem.engagement;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant closed an engagement (published in the transaction that closed it, once per engagement); ids only.
 * The keep-in-touch period that may follow does not close it again.
 */
public record EngagementClosed(UUID engagementId, UUID organizationId, UUID providerId, Instant at) {
}
