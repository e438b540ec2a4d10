package org.tandem.evaluation.survey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person's invitation to answer one survey for one organization or provider, about one engagement or cohort.
 *
 * @param moment a knowledge check's BEFORE or AFTER, none for other surveys
 */
public record Invitation(UUID id, UUID surveyId, UUID accountId, @Nullable UUID organizationId,
		@Nullable UUID providerId, TargetKind targetKind, UUID targetId, @Nullable String moment, Instant createdAt,
		Instant expiresAt, @Nullable Instant answeredAt) {

	/** Whose keys seal the answer: the organization's, or else the provider's. */
	public UUID owner() {
		return organizationId != null ? organizationId : java.util.Objects.requireNonNull(providerId);
	}

	public boolean answered() {
		return answeredAt != null;
	}

}
