package org.tandem.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the public request pages ({@code docs/configuration.md}). Counts are kept per daily-salted hash of the
 * address ({@link org.tandem.platform.RequesterKey}) and per status link, in PostgreSQL shared by every instance or in
 * memory on the embedded database ({@link org.tandem.platform.RateLimits}); no address or link is written down.
 *
 * @param submissionsPerHour requests one address may send per hour
 * @param codeAttemptsPerHour wrong codes one address, or one link, may try per hour
 * @param messagesPerHour messages one status link may send per hour
 * @param statusSession how long a status page stays open after the code was given, before it is asked for again
 * @param inactivityWarning how long before a request is purged for inactivity its requester is warned (1 to 30
 *        days; never more than half the inactivity period in force)
 */
@ConfigurationProperties("tandem.intake")
public record IntakeProperties(@DefaultValue("10") int submissionsPerHour, @DefaultValue("10") int codeAttemptsPerHour,
		@DefaultValue("30") int messagesPerHour, @DefaultValue("30m") Duration statusSession,
		@DefaultValue("14d") Duration inactivityWarning) {

	public IntakeProperties {
		if (inactivityWarning.compareTo(Duration.ofDays(1)) < 0 || inactivityWarning.compareTo(Duration.ofDays(30)) > 0) {
			throw new IllegalArgumentException("tandem.intake.inactivity-warning must be between 1 and 30 days");
		}
	}

}
