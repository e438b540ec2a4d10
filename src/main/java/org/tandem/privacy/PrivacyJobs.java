package org.tandem.privacy;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.privacy.keys.KekRotation;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Re-applies purges (a restored database or key store must not bring anything back), finishes interrupted purges,
 * finishes a KEK rotation once its grace period is over, and applies the retention rules: on one instance at a time,
 * on a schedule, and once at start-up before the web server accepts its first request.
 */
@Component
class PrivacyJobs implements SmartInitializingSingleton {

	private final PurgeService purges;

	private final RetentionService retention;

	private final KekRotation rotation;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	PrivacyJobs(PurgeService purges, RetentionService retention, KekRotation rotation, LockProvider lockProvider,
			Clock clock) {
		this.purges = purges;
		this.retention = retention;
		this.rotation = rotation;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		run();
	}

	@Scheduled(initialDelayString = "${tandem.privacy.purge-interval:15m}",
			fixedDelayString = "${tandem.privacy.purge-interval:15m}")
	void run() {
		locks.executeWithLock((Runnable) () -> {
			purges.reapplyDestroyedKeys();
			purges.finishPending();
			rotation.finishIfDue();
			retention.applyAll();
		}, new LockConfiguration(clock.instant(), "privacy", Duration.ofMinutes(30), Duration.ZERO));
	}

}
