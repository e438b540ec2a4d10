package org.tandem.engagement.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The keep-in-touch clock: check-ins mailed when due, engagements closed when their period ends, pseudonyms'
 * workspaces that never opened forgotten. One instance at a time runs it.
 */
@Component
class KeepInTouchJobs {

	private static final Logger log = LoggerFactory.getLogger(KeepInTouchJobs.class);

	private final Closings closings;

	private final Pseudonyms pseudonyms;

	KeepInTouchJobs(Closings closings, Pseudonyms pseudonyms) {
		this.closings = closings;
		this.pseudonyms = pseudonyms;
	}

	@Scheduled(fixedDelayString = "${tandem.engagement.job-interval:15m}",
			initialDelayString = "${tandem.engagement.job-delay:2m}")
	@SchedulerLock(name = "engagement-keep-in-touch", lockAtMostFor = "10m")
	public void run() {
		int changed = closings.runDue();
		if (changed > 0) {
			log.info("Keep-in-touch job: {} check-ins sent or engagements closed", changed);
		}
		int forgotten = pseudonyms.forgetUnused();
		if (forgotten > 0) {
			log.info("Keep-in-touch job: {} pseudonyms' workspaces that never opened forgotten", forgotten);
		}
	}

}
