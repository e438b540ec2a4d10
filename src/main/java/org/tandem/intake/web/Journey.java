package org.tandem.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.RequestStatus;

/**
 * The steps of a request as its requester sees them, the ones ahead as well as those behind, with the current one
 * marked and a sentence on what happens next and what, if anything, the requester has to do. Intake knows the steps
 * up to the hand-over; after it, the module holding the request says which step it has reached.
 *
 * @param steps the stages in order; empty for a declined request, which leaves the journey
 * @param statusKey the message key naming where the request stands
 * @param explanationKey the message key of the plain-words explanation of it
 * @param nextKey the message key of the sentence on what happens next
 * @param asks whether the requester has something to do now
 * @param reached the step reached after the hand-over and since when, for the history; null before
 */
record Journey(List<Step> steps, String statusKey, String explanationKey, String nextKey, boolean asks,
		RequestProgress.@Nullable Progress reached) {

	/** The stages a request goes through, in order. */
	enum Stage {
		RECEIVED, REVIEWED, LOOKING, INTRODUCTION, CONTACT, FOLLOW_UP;

		String messageKey() {
			return "intake.journey." + name().toLowerCase(Locale.ROOT);
		}
	}

	/** One stage: passed, current or ahead. */
	record Step(Stage stage, boolean done, boolean current) {

		public String messageKey() {
			return stage.messageKey();
		}
	}

	static Journey of(RequestStatus status, RequestProgress.@Nullable Progress progress) {
		Stage current = stageOf(status, progress);
		List<Step> steps = new ArrayList<>();
		if (current != null) {
			for (Stage stage : Stage.values()) {
				steps.add(new Step(stage, stage.ordinal() < current.ordinal(), stage == current));
			}
		}
		if (status == RequestStatus.HANDED_OVER) {
			RequestProgress.Milestone milestone = progress == null ? RequestProgress.Milestone.LOOKING
					: progress.milestone();
			return new Journey(steps, milestone.messageKey(), milestone.explanationKey(), milestone.nextKey(),
					milestone.asks(), progress);
		}
		return new Journey(steps, status.messageKey(), status.explanationKey(),
				"intake.journey.next." + status.name().toLowerCase(Locale.ROOT),
				status == RequestStatus.NEEDS_INFORMATION, null);
	}

	/** Where a request stands on the journey; a declined request is off it. */
	static @Nullable Stage stageOf(RequestStatus status, RequestProgress.@Nullable Progress progress) {
		return switch (status) {
			case NEW -> Stage.RECEIVED;
			case NEEDS_INFORMATION, ASSESSING -> Stage.REVIEWED;
			case HANDED_OVER -> progress == null ? Stage.LOOKING : switch (progress.milestone()) {
				case LOOKING -> Stage.LOOKING;
				case INTRODUCTION -> Stage.INTRODUCTION;
				case CONTACT -> Stage.CONTACT;
				case FINISHED -> Stage.FOLLOW_UP;
			};
			case DECLINED -> null;
		};
	}

}
