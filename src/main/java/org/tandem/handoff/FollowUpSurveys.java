package org.tandem.handoff;

import java.util.UUID;

/**
 * The handoff's door for the follow-up surveys of a non-anonymous handoff that became an engagement (ADR 0017): the
 * surveys then ask about the work when it is over, so they wait for the engagement to close instead of the handoff's
 * own timer. The engagement module calls it; the handoff knows nothing of engagements.
 */
public interface FollowUpSurveys {

	/** The request's scheduled surveys wait until {@link #openNow(UUID)}; nothing happens to surveys already open. */
	void deferUntilEngagementCloses(UUID requestId);

	/**
	 * The engagement closed: the request's waiting surveys are scheduled again from today, keeping the days between
	 * their rounds, so the first opens at the handoff's next run. Nothing happens if none waits.
	 */
	void openNow(UUID requestId);

}
