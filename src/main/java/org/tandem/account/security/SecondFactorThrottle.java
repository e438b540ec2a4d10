package org.tandem.account.security;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.tandem.account.domain.SecretTokens;
import org.tandem.account.persistence.LoginThrottle;
import org.tandem.platform.TandemProperties;

/** The same throttle as for passwords, for second-factor codes: six digits must not be guessable by trying. */
@Component
public class SecondFactorThrottle {

	private final LoginThrottle throttle;

	private final TandemProperties properties;

	private final Clock clock;

	SecondFactorThrottle(LoginThrottle throttle, TandemProperties properties, Clock clock) {
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
	}

	private static String key(UUID accountId) {
		return SecretTokens.digest("second-factor:" + accountId);
	}

	public void check(UUID accountId) {
		if (throttle.blockedUntil(key(accountId), clock.instant()).isPresent()) {
			throw new LockedException("throttled");
		}
	}

	/** Counts a wrong code; true if the account must now wait. */
	public boolean failed(UUID accountId) {
		var limits = properties.login();
		return throttle.recordFailure(key(accountId), clock.instant(), limits.maxFailures(), limits.window(),
				limits.lockout());
	}

	public void passed(UUID accountId) {
		throttle.clear(key(accountId));
	}

}
