package org.tandem.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the public request pages ({@code docs/configuration.md}). Counts are kept in memory per daily-salted
 * hash of the address ({@link org.tandem.platform.RequesterKey}) and per status link; nothing is written down.
 *
 * @param submissionsPerHour requests one address may send per hour
 * @param codeAttemptsPerHour wrong codes one address, or one link, may try per hour
 * @param messagesPerHour messages one status link may send per hour
 * @param statusSession how long a status page stays open after the code was given, before it is asked for again
 */
@ConfigurationProperties("tandem.intake")
public record IntakeProperties(@DefaultValue("10") int submissionsPerHour, @DefaultValue("10") int codeAttemptsPerHour,
		@DefaultValue("30") int messagesPerHour, @DefaultValue("30m") Duration statusSession) {
}
