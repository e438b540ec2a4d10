package org.tandem.platform.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Hands failed event publications (a listener threw, or a publication went stale) to their listeners again, on one
 * instance at a time. A publication that keeps failing stops being retried after {@code tandem.events.max-attempts}
 * and stays in the table, where the next restart retries it once more ({@code republish-outstanding-events-on-restart}):
 * it is work not yet done, so it is never deleted unseen. Completed publications are deleted as they complete
 * ({@code spring.modulith.events.completion-mode: delete}), so the table only ever holds work still to do.
 */
@Component
class EventPublicationRetries {

	private final FailedEventPublications failed;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	private final int maxAttempts;

	EventPublicationRetries(FailedEventPublications failed, LockProvider lockProvider, Clock clock,
			@Value("${tandem.events.max-attempts:5}") int maxAttempts) {
		this.failed = failed;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(initialDelayString = "${tandem.events.retry-interval:10m}",
			fixedDelayString = "${tandem.events.retry-interval:10m}")
	void run() {
		locks.executeWithLock((Runnable) () -> failed.resubmit(ResubmissionOptions.defaults()
			.withFilter(publication -> publication.getCompletionAttempts() < maxAttempts)),
				new LockConfiguration(clock.instant(), "event-publication-retries", Duration.ofMinutes(10),
						Duration.ZERO));
	}

}
