package org.tandem.privacy;

import java.time.Duration;
import java.time.Instant;

/**
 * How long one kind of record is kept. A module declares one bean per kind; administrators may change the period
 * within {@link #minimum()} and {@link #maximum()}, and the privacy job applies every rule on a schedule.
 */
public interface RetentionRule {

	/** A stable name, such as {@code account.security-events}; also the message key suffix for its label. */
	String kind();

	Duration defaultPeriod();

	Duration minimum();

	Duration maximum();

	/**
	 * Destroys what is older than {@code cutoff} (for records owned by an organization or a request, by asking
	 * {@link PurgeService} to purge the owner) and returns how many records were destroyed or purges started.
	 */
	int apply(Instant cutoff);

}
