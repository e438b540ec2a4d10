package org.tandem.platform;

/**
 * One limit on how often something may happen per key: a {@link RequesterKey}, a digest of a link, or anything else
 * that is not personal data in itself. Made by {@link RateLimits}.
 */
public interface RateLimit {

	/** Counts one event for the key; false when the key has used up its window. */
	boolean tryAcquire(String key);

	/** Whether the key still has room, without counting anything. */
	boolean allows(String key);

	/** Forgets the key, for example after a success that should not count against the person. */
	void forget(String key);

}
