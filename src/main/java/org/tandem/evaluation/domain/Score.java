package org.tandem.evaluation.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One score (1–5, full mode) or light (1–3, light mode) of an outcome in a round, with its justification or comment
 * sealed under the organization's case key. Never changed: scoring the round again records a new one and marks this
 * one superseded, so the history (who, when) stays.
 */
@Table("evaluation_score")
public class Score {

	public static final int TEXT_LIMIT = 1_000;

	@Id
	private final UUID id;

	private final UUID planId;

	private final UUID outcomeId;

	@DataOwner
	private final UUID organizationId;

	private final int round;

	private final int score;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText justification;

	private final UUID recordedBy;

	private final Instant recordedAt;

	private final @Nullable Instant supersededAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Score(UUID id, UUID planId, UUID outcomeId, UUID organizationId, int round, int score,
			@Nullable SealedText justification, UUID recordedBy, Instant recordedAt, @Nullable Instant supersededAt, @Nullable Long version) {
		this.id = id;
		this.planId = planId;
		this.outcomeId = outcomeId;
		this.organizationId = organizationId;
		this.round = round;
		this.score = score;
		this.justification = justification;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.supersededAt = supersededAt;
		this.version = version;
	}

	static Score record(PlanOutcome outcome, int round, int score, @Nullable String text, UUID by, Instant now) {
		return new Score(UUID.randomUUID(), outcome.planId(), outcome.id(), outcome.organizationId(), round, score,
				text == null ? null : SealedText.of(text), by, now, null, null);
	}

	public UUID id() {
		return id;
	}

	public UUID planId() {
		return planId;
	}

	public UUID outcomeId() {
		return outcomeId;
	}

	public int round() {
		return round;
	}

	public int score() {
		return score;
	}

	public @Nullable String justification() {
		return SealedText.readable(justification);
	}

	public UUID recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public @Nullable Instant supersededAt() {
		return supersededAt;
	}

}
