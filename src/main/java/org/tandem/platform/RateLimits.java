package org.tandem.platform;

import java.time.Duration;

/**
 * Makes the public pages' rate limits. On PostgreSQL they are counted in the database, so that every instance behind
 * a proxy shares one count per key (docs/operations.md); on the embedded database, which only one instance can open,
 * they are counted in memory ({@link RateLimiter}). Either way nothing about who was counted outlives the window.
 */
public interface RateLimits {

	/**
	 * A limit of {@code limit} events per key in each {@code window}. The name tells limits apart when they share a
	 * store (for example {@code intake.submissions}): letters, digits, dots and dashes, at most 40 characters.
	 */
	RateLimit limit(String name, int limit, Duration window);

}
