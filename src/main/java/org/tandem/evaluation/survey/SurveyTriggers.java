package org.tandem.evaluation.survey;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.CohortStatusChanged;
import org.tandem.engagement.EngagementClosed;
import org.tandem.engagement.Workspaces;

/**
 * The shipped satisfaction surveys go out by themselves: to both sides of an engagement when it closes, to a cohort's
 * organizations and providers when it closes; the newest published version, and none if staff retired it. Recorded
 * and retried by the event publication registry; an invitation is never sent twice.
 */
@Component
class SurveyTriggers {

	private final SurveyStore store;

	private final SurveySending sending;

	private final Workspaces workspaces;

	SurveyTriggers(SurveyStore store, SurveySending sending, Workspaces workspaces) {
		this.store = store;
		this.sending = sending;
		this.workspaces = workspaces;
	}

	@ApplicationModuleListener
	void on(EngagementClosed closed) {
		store.publishedShipped(ShippedSurveys.AFTER_ENGAGEMENT)
			.ifPresent(survey -> workspaces.parties(closed.engagementId())
				.ifPresent(parties -> sending.toEngagement(survey, parties, SurveySending.Audience.BOTH, null)));
	}

	@ApplicationModuleListener
	void on(CohortStatusChanged changed) {
		if (changed.to() != CohortStatus.CLOSED) {
			return;
		}
		store.publishedShipped(ShippedSurveys.AFTER_COHORT)
			.ifPresent(survey -> sending.toCohort(survey, changed.cohortId(), SurveySending.Audience.BOTH));
	}

}
