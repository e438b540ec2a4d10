package org.tandem.evaluation.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.evaluation.OutcomeKind;
import org.tandem.evaluation.OutcomeSource;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * An outcome a plan tracks: one of the framework's (by its code) or the hub's (by its id), in its own words or in
 * words edited for this organization, or one written for this organization, with its SMART checklist. The edited or
 * written words are sealed under the organization's case key; the code, objective, kind and checklist are clear.
 */
@Table("evaluation_outcome")
public class PlanOutcome {

	public static final int WORDING_LIMIT = 500;

	@Id
	private final UUID id;

	private final UUID planId;

	@DataOwner
	private final UUID organizationId;

	private int position;

	private final OutcomeSource source;

	private final @Nullable String code;

	private final int objective;

	private final OutcomeKind kind;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText wording;

	private boolean smartSpecific;

	private boolean smartMeasurable;

	private boolean smartAchievable;

	private boolean smartRelevant;

	private boolean smartTimeBound;

	private final UUID addedBy;

	private final Instant addedAt;

	private UUID updatedBy;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	PlanOutcome(UUID id, UUID planId, UUID organizationId, int position, OutcomeSource source, @Nullable String code,
			int objective, OutcomeKind kind, @Nullable SealedText wording, boolean smartSpecific,
			boolean smartMeasurable, boolean smartAchievable, boolean smartRelevant, boolean smartTimeBound,
			UUID addedBy, Instant addedAt, UUID updatedBy, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.planId = planId;
		this.organizationId = organizationId;
		this.position = position;
		this.source = source;
		this.code = code;
		this.objective = objective;
		this.kind = kind;
		this.wording = wording;
		this.smartSpecific = smartSpecific;
		this.smartMeasurable = smartMeasurable;
		this.smartAchievable = smartAchievable;
		this.smartRelevant = smartRelevant;
		this.smartTimeBound = smartTimeBound;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** One of the framework's or the hub's outcomes, in its own words or (not blank) in words for this organization. */
	static PlanOutcome picked(EvaluationPlan plan, int position, OutcomeSource source, String code, int objective,
			OutcomeKind kind, @Nullable String wording, UUID by, Instant now) {
		String words = checked(wording, false);
		return new PlanOutcome(UUID.randomUUID(), plan.id(), plan.organizationId(), position, source, code, objective,
				kind, words == null ? null : SealedText.of(words), false, false, false, false, false, by, now, by, now,
				null);
	}

	/** An outcome written for this organization: its objective, kind and words are required. */
	static PlanOutcome custom(EvaluationPlan plan, int position, int objective, @Nullable OutcomeKind kind,
			@Nullable String wording, Smart smart, UUID by, Instant now) {
		if (objective < 1 || objective > 5) {
			throw new InvalidInput("objective", "evaluation.outcome.objective.invalid");
		}
		if (kind == null) {
			throw new InvalidInput("kind", "evaluation.outcome.kind.invalid");
		}
		String words = checked(wording, true);
		return new PlanOutcome(UUID.randomUUID(), plan.id(), plan.organizationId(), position, OutcomeSource.CUSTOM, null,
				objective, kind, SealedText.of(java.util.Objects.requireNonNull(words)), smart.specific(),
				smart.measurable(), smart.achievable(), smart.relevant(), smart.timeBound(), by, now, by, now, null);
	}

	/**
	 * New words for this organization (blank: back to the framework's or the hub's own; a custom outcome keeps words
	 * always), and the checklist.
	 */
	void reword(@Nullable String newWording, Smart smart, UUID by, Instant now) {
		String words = checked(newWording, source == OutcomeSource.CUSTOM);
		if (words == null) {
			wording = null;
		}
		else if (!words.equals(wording())) {
			wording = SealedText.of(words);
		}
		smartSpecific = smart.specific();
		smartMeasurable = smart.measurable();
		smartAchievable = smart.achievable();
		smartRelevant = smart.relevant();
		smartTimeBound = smart.timeBound();
		updatedBy = by;
		updatedAt = now;
	}

	private static @Nullable String checked(@Nullable String wording, boolean required) {
		String words = wording == null || wording.isBlank() ? null : wording.strip();
		if (words == null && required) {
			throw new InvalidInput("wording", "evaluation.outcome.wording.required");
		}
		if (words != null && words.length() > WORDING_LIMIT) {
			throw new InvalidInput("wording", "evaluation.outcome.wording.tooLong");
		}
		return words;
	}

	public UUID id() {
		return id;
	}

	public UUID planId() {
		return planId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public int position() {
		return position;
	}

	public OutcomeSource source() {
		return source;
	}

	/** The framework's code ("2.4") or the hub outcome's id; null for a custom outcome. */
	public @Nullable String code() {
		return code;
	}

	public int objective() {
		return objective;
	}

	public OutcomeKind kind() {
		return kind;
	}

	/** The words written for this organization, or null when it keeps the framework's or the hub's. */
	public @Nullable String wording() {
		return SealedText.readable(wording);
	}

	public Smart smart() {
		return new Smart(smartSpecific, smartMeasurable, smartAchievable, smartRelevant, smartTimeBound);
	}

	public UUID addedBy() {
		return addedBy;
	}

	public UUID updatedBy() {
		return updatedBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** The SMART checklist: specific, measurable, achievable, relevant, time-bound, each ticked or not (a hint). */
	public record Smart(boolean specific, boolean measurable, boolean achievable, boolean relevant,
			boolean timeBound) {

		public static final Smart NONE = new Smart(false, false, false, false, false);

		public int ticked() {
			return (specific ? 1 : 0) + (measurable ? 1 : 0) + (achievable ? 1 : 0) + (relevant ? 1 : 0)
					+ (timeBound ? 1 : 0);
		}

	}

}
