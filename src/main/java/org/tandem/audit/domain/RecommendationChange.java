package org.tandem.audit.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.audit.RecommendationStatus;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One change of a recommendation's status, kept for good: from, to, who, when, and the reason sealed under the
 * organization's case key. The follow-up shows a recommendation's status over time from these.
 */
@Table("audit_recommendation_change")
public class RecommendationChange implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final UUID recommendationId;

	private final UUID auditId;

	@DataOwner
	private final UUID organizationId;

	private final RecommendationStatus fromStatus;

	private final RecommendationStatus toStatus;

	private final UUID changedBy;

	private final Instant changedAt;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText reason;

	/** Whether it was made here and not saved yet: changes are only ever inserted. */
	@Transient
	private final boolean fresh;

	@PersistenceCreator
	RecommendationChange(UUID id, UUID recommendationId, UUID auditId, UUID organizationId,
			RecommendationStatus fromStatus, RecommendationStatus toStatus, UUID changedBy, Instant changedAt,
			@Nullable SealedText reason) {
		this(id, recommendationId, auditId, organizationId, fromStatus, toStatus, changedBy, changedAt, reason, false);
	}

	private RecommendationChange(UUID id, UUID recommendationId, UUID auditId, UUID organizationId,
			RecommendationStatus fromStatus, RecommendationStatus toStatus, UUID changedBy, Instant changedAt,
			@Nullable SealedText reason, boolean fresh) {
		this.fresh = fresh;
		this.id = id;
		this.recommendationId = recommendationId;
		this.auditId = auditId;
		this.organizationId = organizationId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.reason = reason;
	}

	static RecommendationChange of(Recommendation recommendation, RecommendationStatus from, RecommendationStatus to,
			@Nullable String reason, UUID accountId, Instant now) {
		return new RecommendationChange(UUID.randomUUID(), recommendation.id(), recommendation.auditId(),
				recommendation.organizationId(), from, to, accountId, now, reason == null ? null : SealedText.of(reason),
				true);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	public UUID id() {
		return id;
	}

	public UUID recommendationId() {
		return recommendationId;
	}

	public RecommendationStatus fromStatus() {
		return fromStatus;
	}

	public RecommendationStatus toStatus() {
		return toStatus;
	}

	public UUID changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public @Nullable String reason() {
		return SealedText.readable(reason);
	}

}
