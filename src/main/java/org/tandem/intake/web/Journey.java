package org.tandem.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.RequestStatus;

/**
 * The steps of a request as its requester sees them, the ones ahead as well as those behind, with the current one
 * marked and a sentence on what happens next and what, if anything, the requester has to do.
 *
 * @param steps the stages in order; empty for a declined request, which leaves the journey
 * @param nextKey the message key of the sentence on what happens next
 * @param asks whether the requester has something to do now
 */
record Journey(List<Step> steps, String nextKey, boolean asks) {

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

	static Journey of(RequestStatus status) {
		Stage current = stageOf(status);
		List<Step> steps = new ArrayList<>();
		if (current != null) {
			for (Stage stage : Stage.values()) {
				steps.add(new Step(stage, stage.ordinal() < current.ordinal(), stage == current));
			}
		}
		return new Journey(steps, "intake.journey.next." + status.name().toLowerCase(Locale.ROOT),
				status == RequestStatus.NEEDS_INFORMATION || status == RequestStatus.INTRODUCED);
	}

	/** Where a status stands on the journey; a declined request is off it. */
	static @Nullable Stage stageOf(RequestStatus status) {
		return switch (status) {
			case NEW -> Stage.RECEIVED;
			case NEEDS_INFORMATION, ASSESSING -> Stage.REVIEWED;
			case MATCHED -> Stage.LOOKING;
			case INTRODUCED -> Stage.INTRODUCTION;
			case CONTACT_CONFIRMED -> Stage.CONTACT;
			case CLOSED -> Stage.FOLLOW_UP;
			case DECLINED -> null;
		};
	}

}
