package org.tandem.account.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.account.persistence.LoginThrottle;
import org.tandem.platform.TandemProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Forgets failed attempts once they can no longer matter, so the throttle table stays small. */
@Component
class ThrottleCleanup {

	private final LoginThrottle throttle;

	private final TandemProperties properties;

	private final Clock clock;

	ThrottleCleanup(LoginThrottle throttle, TandemProperties properties, Clock clock) {
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
	}

	/** A name is forgotten a day after its last block ended, so its lockouts stop growing only then. */
	@Scheduled(fixedDelayString = "10m", initialDelayString = "1m")
	@SchedulerLock(name = "login-throttle-cleanup")
	void deleteStale() {
		Duration keep = Duration.ofDays(1).plus(properties.login().window());
		throttle.deleteStale(clock.instant().minus(keep));
	}

}
