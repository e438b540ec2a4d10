package org.tandem.platform.limits;

import java.time.Clock;
import java.time.Duration;

import org.tandem.platform.RateLimit;
import org.tandem.platform.RateLimiter;
import org.tandem.platform.RateLimits;

/** Limits counted in this process's memory: for the embedded database, which one instance alone can open. */
final class MemoryRateLimits implements RateLimits {

	private final int maxKeys;

	private final Clock clock;

	MemoryRateLimits(int maxKeys, Clock clock) {
		this.maxKeys = maxKeys;
		this.clock = clock;
	}

	@Override
	public RateLimit limit(String name, int limit, Duration window) {
		DatabaseRateLimits.checkName(name);
		return new RateLimiter(limit, window, maxKeys, clock);
	}

}
