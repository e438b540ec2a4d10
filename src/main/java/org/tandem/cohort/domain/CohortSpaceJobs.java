package org.tandem.cohort.domain;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** The weekly digests of the cohorts' announcements: due ones mailed each run; one instance at a time runs it. */
@Component
class CohortSpaceJobs {

	private final Announcements announcements;

	CohortSpaceJobs(Announcements announcements) {
		this.announcements = announcements;
	}

	@Scheduled(fixedDelayString = "${tandem.cohort.digest-interval:1h}",
			initialDelayString = "${tandem.cohort.digest-delay:3m}")
	@SchedulerLock(name = "cohort-announcement-digest", lockAtMostFor = "30m")
	public void run() {
		announcements.runDigests();
	}

}
