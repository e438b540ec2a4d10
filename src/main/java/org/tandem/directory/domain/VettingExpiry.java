package org.tandem.directory.domain;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the vetting expiry hourly on one instance: renewal notices, then expired vetting back to review. */
@Component
class VettingExpiry {

	private final Vetting vetting;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	VettingExpiry(Vetting vetting, LockProvider lockProvider, Clock clock) {
		this.vetting = vetting;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${tandem.directory.expiry-interval:1m}",
			fixedDelayString = "${tandem.directory.expiry-interval:1h}")
	void run() {
		locks.executeWithLock((Runnable) () -> vetting.applyExpiry(clock.instant()),
				new LockConfiguration(clock.instant(), "directory-expiry", Duration.ofMinutes(30), Duration.ZERO));
	}

}
