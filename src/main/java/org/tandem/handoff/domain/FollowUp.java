package org.tandem.handoff.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One follow-up survey for one side, due some days after confirmed contact: did a plan result, what was done, how
 * useful it was, whether they would recommend the hub, and anything else. Kept for the evaluation.
 */
@Table("handoff_follow_up")
public class FollowUp {

	/** The longest free-text answer. */
	public static final int MAX_TEXT = 4000;

	@Id
	private final UUID id;

	@DataOwner
	private final UUID requestId;

	private final UUID providerId;

	private final int round;

	private final Side side;

	private LocalDate dueOn;

	private Status status;

	private @Nullable Instant openedAt;

	private @Nullable Instant answeredAt;

	private @Nullable Answer planResulted;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText workDone;

	private @Nullable Integer usefulness;

	private @Nullable Answer recommends;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText comment;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	FollowUp(UUID id, UUID requestId, UUID providerId, int round, Side side, LocalDate dueOn, Status status,
			@Nullable Instant openedAt, @Nullable Instant answeredAt, @Nullable Answer planResulted,
			@Nullable SealedText workDone, @Nullable Integer usefulness, @Nullable Answer recommends,
			@Nullable SealedText comment, @Nullable Long version) {
		this.id = id;
		this.requestId = requestId;
		this.providerId = providerId;
		this.round = round;
		this.side = side;
		this.dueOn = dueOn;
		this.status = status;
		this.openedAt = openedAt;
		this.answeredAt = answeredAt;
		this.planResulted = planResulted;
		this.workDone = workDone;
		this.usefulness = usefulness;
		this.recommends = recommends;
		this.comment = comment;
		this.version = version;
	}

	static FollowUp scheduled(UUID requestId, UUID providerId, int round, Side side, LocalDate dueOn) {
		return new FollowUp(UUID.randomUUID(), requestId, providerId, round, side, dueOn, Status.SCHEDULED, null, null,
				null, null, null, null, null, null);
	}

	/** Opens a scheduled survey; false if it is not scheduled (cancelled meanwhile, or already open). */
	boolean open(Instant now) {
		if (status != Status.SCHEDULED) {
			return false;
		}
		status = Status.OPEN;
		openedAt = now;
		return true;
	}

	void answer(Survey survey, Instant now) {
		if (status != Status.OPEN) {
			throw new InvalidInput("survey", "handoff.survey.notOpen");
		}
		survey.check();
		status = Status.ANSWERED;
		answeredAt = now;
		planResulted = survey.planResulted();
		workDone = sealedOrNull(survey.workDone());
		usefulness = survey.usefulness();
		recommends = survey.recommends();
		comment = sealedOrNull(survey.comment());
	}

	/** A survey open too long without an answer lapses. */
	boolean lapseIfDue(Instant now, java.time.Duration open) {
		if (status == Status.OPEN && openedAt != null && !now.isBefore(openedAt.plus(open))) {
			status = Status.LAPSED;
			return true;
		}
		return false;
	}

	/** Waits for the engagement to close; false if it is not scheduled any more. */
	boolean defer() {
		if (status != Status.SCHEDULED) {
			return false;
		}
		status = Status.DEFERRED;
		return true;
	}

	/** Scheduled again after waiting for the engagement, {@code after} days from today. */
	boolean resume(LocalDate today, long after) {
		if (status != Status.DEFERRED) {
			return false;
		}
		status = Status.SCHEDULED;
		dueOn = today.plusDays(after);
		return true;
	}

	void cancel() {
		if (status == Status.SCHEDULED || status == Status.OPEN || status == Status.DEFERRED) {
			status = Status.CANCELLED;
		}
	}

	private static @Nullable SealedText sealedOrNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : SealedText.of(text.strip());
	}

	public UUID id() {
		return id;
	}

	public UUID requestId() {
		return requestId;
	}

	public UUID providerId() {
		return providerId;
	}

	public int round() {
		return round;
	}

	public Side side() {
		return side;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public Status status() {
		return status;
	}

	public @Nullable Instant answeredAt() {
		return answeredAt;
	}

	public @Nullable Answer planResulted() {
		return planResulted;
	}

	public @Nullable String workDone() {
		return SealedText.readable(workDone);
	}

	public @Nullable Integer usefulness() {
		return usefulness;
	}

	public @Nullable Answer recommends() {
		return recommends;
	}

	public @Nullable String comment() {
		return SealedText.readable(comment);
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	public enum Status {

		SCHEDULED, OPEN, ANSWERED, LAPSED, CANCELLED,

		/** Waiting for the engagement the handoff became to close (ADR 0017). */
		DEFERRED;

		public String messageKey() {
			return "handoff.followUp.status." + name().toLowerCase(Locale.ROOT);
		}

		boolean finished() {
			return this == ANSWERED || this == LAPSED || this == CANCELLED;
		}

	}

	/** Yes, no, or not yet (for a plan) / not sure (for a recommendation). */
	public enum Answer {

		YES, NO, UNSURE;

		public String messageKey() {
			return "handoff.survey.answer." + name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A survey's answers as given.
	 *
	 * @param counted the answer to "may we count your answers anonymously?", which is kept with the request (the
	 *     organization's side) or the provider, not with the survey
	 */
	public record Survey(@Nullable Answer planResulted, @Nullable String workDone, @Nullable Integer usefulness,
			@Nullable Answer recommends, @Nullable String comment, boolean counted) {

		void check() {
			if (planResulted == null) {
				throw new InvalidInput("planResulted", "validation.required");
			}
			if (usefulness == null) {
				throw new InvalidInput("usefulness", "validation.required");
			}
			if (usefulness < 1 || usefulness > 5) {
				throw new InvalidInput("usefulness", "handoff.survey.usefulnessRange");
			}
			if (recommends == null) {
				throw new InvalidInput("recommends", "validation.required");
			}
			if (workDone != null && workDone.strip().length() > MAX_TEXT) {
				throw new InvalidInput("workDone", "validation.tooLong");
			}
			if (comment != null && comment.strip().length() > MAX_TEXT) {
				throw new InvalidInput("comment", "validation.tooLong");
			}
		}

	}

}
