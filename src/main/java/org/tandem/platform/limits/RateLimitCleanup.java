package org.tandem.platform.limits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.platform.RateLimits;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes rate-limit rows whose window has ended, on one instance at a time: once a bucket is full again its row
 * says nothing, and nothing about who was counted should outlive the window.
 */
@Component
class RateLimitCleanup {

	private static final Logger log = LoggerFactory.getLogger(RateLimitCleanup.class);

	private final RateLimits limits;

	RateLimitCleanup(RateLimits limits) {
		this.limits = limits;
	}

	@Scheduled(fixedDelayString = "${tandem.rate-limits.cleanup-interval:1m}",
			initialDelayString = "${tandem.rate-limits.cleanup-interval:1m}")
	@SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "5m")
	void removeExpired() {
		if (limits instanceof DatabaseRateLimits database) {
			int removed = database.removeExpired();
			if (removed > 0) {
				log.debug("Deleted {} ended rate-limit windows", removed);
			}
		}
	}

}
