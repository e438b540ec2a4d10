package org.tandem.handoff;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The handoff's timing (configuration {@code tandem.handoff.*}).
 *
 * @param offerDeadline how long a provider has to answer an offer
 * @param emergencyOfferDeadline the same for an emergency
 * @param confirmationReminder after how long since the introduction a side that has not said whether contact was
 *        made is reminded; after twice as long staff are alerted
 * @param followUpDays the follow-ups after confirmed contact, in days (not for anonymous requests)
 * @param surveyOpen how long a follow-up survey stays open once due
 */
@ConfigurationProperties("tandem.handoff")
public record HandoffProperties(@DefaultValue("72h") Duration offerDeadline,
		@DefaultValue("24h") Duration emergencyOfferDeadline, @DefaultValue("7d") Duration confirmationReminder,
		@DefaultValue({ "30", "90" }) List<Integer> followUpDays, @DefaultValue("30d") Duration surveyOpen) {

	public HandoffProperties {
		followUpDays = List.copyOf(followUpDays);
		if (followUpDays.stream().anyMatch(d -> d < 1 || d > 730)) {
			throw new IllegalArgumentException("tandem.handoff.follow-up-days must be between 1 and 730");
		}
	}

}
