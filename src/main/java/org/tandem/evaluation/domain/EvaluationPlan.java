package org.tandem.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.evaluation.PlanMode;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;

/**
 * One organization's evaluation plan, inside an engagement or for a cohort's member organization: its mode and the
 * dates its rounds are due. Nothing in it is sealed (ids, a mode, dates); its outcomes, scores and notes are
 * aggregates of their own that name it.
 */
@Table("evaluation_plan")
public class EvaluationPlan {

	@Id
	private final UUID id;

	@DataOwner
	private final UUID organizationId;

	private final @Nullable UUID engagementId;

	private final @Nullable UUID cohortId;

	private final @Nullable UUID providerId;

	private PlanMode mode;

	private @Nullable LocalDate midtermDueOn;

	private @Nullable LocalDate finalDueOn;

	private @Nullable LocalDate nextRoundDueOn;

	private final UUID createdBy;

	private final Instant createdAt;

	private UUID updatedBy;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	EvaluationPlan(UUID id, UUID organizationId, @Nullable UUID engagementId, @Nullable UUID cohortId,
			@Nullable UUID providerId, PlanMode mode, @Nullable LocalDate midtermDueOn, @Nullable LocalDate finalDueOn,
			@Nullable LocalDate nextRoundDueOn, UUID createdBy, Instant createdAt, UUID updatedBy, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.organizationId = organizationId;
		this.engagementId = engagementId;
		this.cohortId = cohortId;
		this.providerId = providerId;
		this.mode = mode;
		this.midtermDueOn = midtermDueOn;
		this.finalDueOn = finalDueOn;
		this.nextRoundDueOn = nextRoundDueOn;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static EvaluationPlan make(UUID organizationId, @Nullable UUID engagementId, @Nullable UUID cohortId,
			@Nullable UUID providerId, Dates dates, UUID by, Instant now, LocalDate today) {
		dates.check(today);
		return new EvaluationPlan(UUID.randomUUID(), organizationId, engagementId, cohortId, providerId, dates.mode(),
				dates.midtermDueOn(), dates.finalDueOn(), dates.nextRoundDueOn(), by, now, by, now, null);
	}

	void change(Dates dates, UUID by, Instant now, LocalDate today) {
		dates.check(today);
		mode = dates.mode();
		midtermDueOn = dates.mode() == PlanMode.FULL ? dates.midtermDueOn() : null;
		finalDueOn = dates.mode() == PlanMode.FULL ? dates.finalDueOn() : null;
		nextRoundDueOn = dates.mode() == PlanMode.LIGHT ? dates.nextRoundDueOn() : null;
		updatedBy = by;
		updatedAt = now;
	}

	void nextRoundDue(@Nullable LocalDate on, UUID by, Instant now) {
		nextRoundDueOn = on;
		updatedBy = by;
		updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public @Nullable UUID engagementId() {
		return engagementId;
	}

	public @Nullable UUID cohortId() {
		return cohortId;
	}

	public @Nullable UUID providerId() {
		return providerId;
	}

	public PlanMode mode() {
		return mode;
	}

	public boolean light() {
		return mode == PlanMode.LIGHT;
	}

	public @Nullable LocalDate midtermDueOn() {
		return midtermDueOn;
	}

	public @Nullable LocalDate finalDueOn() {
		return finalDueOn;
	}

	public @Nullable LocalDate nextRoundDueOn() {
		return nextRoundDueOn;
	}

	public UUID createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
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

	/** The plan's link: under its engagement, or under its cohort and organization. */
	public String path() {
		return engagementId != null ? "/engagements/" + engagementId + "/evaluation"
				: "/cohorts/" + cohortId + "/organizations/" + organizationId + "/evaluation";
	}

	/**
	 * The mode and due dates of a plan: for a full plan the mid-term's and the final's (optional; the final not before
	 * the mid-term); for a light plan the next round's. No date more than a year in the past or five years ahead.
	 */
	public record Dates(@Nullable PlanMode mode, @Nullable LocalDate midtermDueOn, @Nullable LocalDate finalDueOn,
			@Nullable LocalDate nextRoundDueOn) {

		@Override
		public PlanMode mode() {
			if (mode == null) {
				throw new InvalidInput("mode", "evaluation.plan.mode.required");
			}
			return mode;
		}

		void check(LocalDate today) {
			mode();
			check("midtermDueOn", midtermDueOn, today);
			check("finalDueOn", finalDueOn, today);
			check("nextRoundDueOn", nextRoundDueOn, today);
			if (midtermDueOn != null && finalDueOn != null && finalDueOn.isBefore(midtermDueOn)) {
				throw new InvalidInput("finalDueOn", "evaluation.plan.finalBeforeMidterm");
			}
		}

		private static void check(String field, @Nullable LocalDate date, LocalDate today) {
			if (date != null && (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(5)))) {
				throw new InvalidInput(field, "evaluation.plan.date.outOfRange");
			}
		}

	}

}
