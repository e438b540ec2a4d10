package org.tandem.evaluation.survey;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes invitations whose 30 days are over (answered or not); one instance at a time. */
@Component
class SurveyJobs {

	private static final Logger log = LoggerFactory.getLogger(SurveyJobs.class);

	private final InvitationStore invitations;

	private final Clock clock;

	SurveyJobs(InvitationStore invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tandem.evaluation.survey-job-interval:1h}", initialDelayString = "${tandem.evaluation.survey-job-delay:2m}")
	@SchedulerLock(name = "evaluation-survey-jobs", lockAtMostFor = "10m")
	@Transactional
	public void run() {
		int deleted = invitations.deleteExpired(clock.instant(), 1000);
		if (deleted > 0) {
			log.info("Survey job: {} expired invitations deleted", deleted);
		}
	}

}
