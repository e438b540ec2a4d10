package org.tandem.intake.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tandem.intake.RequestReturned;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.intake.persistence.Transitions;

/**
 * One move of a request's status, in the caller's transaction: the aggregate moves (only along
 * {@link RequestStatus#next()}), the move is recorded in the request's history with who made it, and it counts as
 * activity. Staff work ({@link Casework}) and staff writing for information ({@link RequestConversation}) both move
 * requests this way.
 */
@Component
class StatusChanges {

	private final Transitions transitions;

	private final LastActivity activity;

	private final ApplicationEventPublisher events;

	StatusChanges(Transitions transitions, LastActivity activity, ApplicationEventPublisher events) {
		this.transitions = transitions;
		this.activity = activity;
		this.events = events;
	}

	/**
	 * Moves the request and marks what the requester wrote as seen. Moving a handed-over request back to assessment
	 * tells its holder, which takes back whatever it still holds ({@link RequestReturned}). The caller saves the
	 * request.
	 */
	void change(HelpRequest request, RequestStatus to, @Nullable UUID actor, Instant now) {
		RequestStatus from = request.moveTo(to, now);
		request.seenByStaff();
		transitions.record(request.id(), from, to, actor, now);
		activity.touch(request.id(), now);
		if (from == RequestStatus.HANDED_OVER && to == RequestStatus.ASSESSING) {
			events.publishEvent(new RequestReturned(request.id(), actor));
		}
	}

}
