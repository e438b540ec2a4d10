package org.tandem.privacy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Finishes interrupted purges and applies the retention rules, on one instance at a time. */
@Component
class PrivacyJobs {

	private final PurgeService purges;

	private final RetentionService retention;

	PrivacyJobs(PurgeService purges, RetentionService retention) {
		this.purges = purges;
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${tandem.privacy.purge-interval:15m}",
			fixedDelayString = "${tandem.privacy.purge-interval:15m}")
	@SchedulerLock(name = "privacy")
	void run() {
		purges.finishPending();
		retention.applyAll();
	}

}
