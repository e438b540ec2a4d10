package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.Side;

/** An account that takes part in an engagement, and for whom. */
@Table("engagement_participant")
public record Participant(UUID accountId, Side side, Instant addedAt) {
}
