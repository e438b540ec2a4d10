package org.tandem.directory.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * The vetting expiry: hourly, on one instance at a time, renewal notices that are due, then expired vetting back to
 * review. Each provider in its own transaction, so one that fails (say, edited at that very moment) is retried at the
 * next run without holding back the others.
 */
@Component
public class VettingExpiry {

	private static final Logger log = LoggerFactory.getLogger(VettingExpiry.class);

	private final Vetting vetting;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	VettingExpiry(Vetting vetting, LockProvider lockProvider, Clock clock) {
		this.vetting = vetting;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
	}

	@Scheduled(initialDelay = 60_000, fixedDelayString = "${tandem.directory.expiry-interval:1h}")
	void run() {
		locks.executeWithLock((Runnable) () -> applyAt(clock.instant()),
				new LockConfiguration(clock.instant(), "directory-expiry", Duration.ofMinutes(30), Duration.ZERO));
	}

	/** Applies the expiry as it stands at {@code now}; returns how many providers went back to review. */
	public int applyAt(Instant now) {
		int expired = 0;
		for (UUID id : vetting.dueForExpiry(now)) {
			try {
				if (vetting.expire(id, now)) {
					expired++;
				}
			}
			catch (RuntimeException failure) {
				log.warn("Vetting expiry for provider {} failed and is retried at the next run: {}", id,
						failure.getClass().getSimpleName());
			}
		}
		return expired;
	}

}
