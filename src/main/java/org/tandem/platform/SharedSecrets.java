package org.tandem.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * Secrets every instance behind a proxy must hold alike: the status cookie's MAC key, so that a requester sent to
 * another instance is still recognized, and the daily salt of {@link RequesterKey}s, so that every instance counts an
 * address under the same key. One secret per purpose and period, made by whichever instance needs it first, kept in
 * the database sealed by the privacy module (never in clear), cached in memory, and deleted once no longer accepted.
 */
public interface SharedSecrets {

	/** The secret of the current period, made now if no instance has made it yet. */
	Secret current(Purpose purpose);

	/** The secret of a period that is still accepted (the current one, or one of the {@code kept} before it). */
	Optional<Secret> find(Purpose purpose, long period);

	/**
	 * What a secret is for and how it turns over.
	 *
	 * @param name letters, digits, dots and dashes, at most 40 characters
	 * @param period how long one secret is the current one; periods are counted from the epoch, so every instance
	 *        agrees on the current one
	 * @param kept how many earlier periods' secrets are still accepted, for what was made under them
	 */
	record Purpose(String name, Duration period, int kept) {

		public Purpose {
			if (!name.matches("[a-z0-9.-]{1,40}") || period.toMillis() < 1000 || kept < 0) {
				throw new IllegalArgumentException("invalid shared secret purpose");
			}
		}

		/** The number of the period the instant falls in. */
		public long periodAt(java.time.Instant instant) {
			return Math.floorDiv(instant.toEpochMilli(), period.toMillis());
		}

	}

	/** A secret: 32 random bytes, and the number of the period it belongs to (which names it). */
	record Secret(long period, byte[] bytes) {
	}

}
