package org.tandem.privacy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Finishes interrupted purges and applies the retention rules, on one instance at a time. */
@Component
class PrivacyJobs implements ApplicationRunner {

	private final PurgeService purges;

	private final RetentionService retention;

	PrivacyJobs(PurgeService purges, RetentionService retention) {
		this.purges = purges;
		this.retention = retention;
	}

	/** At start-up, so a database restored from a backup never serves purged rows, even for a moment. */
	@Override
	@SchedulerLock(name = "privacy")
	public void run(ApplicationArguments args) {
		run();
	}

	@Scheduled(initialDelayString = "${tandem.privacy.purge-interval:15m}",
			fixedDelayString = "${tandem.privacy.purge-interval:15m}")
	@SchedulerLock(name = "privacy")
	void run() {
		purges.reapplyDestroyedKeys();
		purges.finishPending();
		retention.applyAll();
	}

}
