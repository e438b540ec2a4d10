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
 * @param contactGrace how long staff's record of contact waits when a side has not confirmed it (1 hour to 30 days):
 *        the organization may say it is not in contact meanwhile, and an anonymous request is purged only after it
 */
@ConfigurationProperties("tandem.handoff")
public record HandoffProperties(@DefaultValue("72h") Duration offerDeadline,
		@DefaultValue("24h") Duration emergencyOfferDeadline, @DefaultValue("7d") Duration confirmationReminder,
		@DefaultValue({ "30", "90" }) List<Integer> followUpDays, @DefaultValue("30d") Duration surveyOpen,
		@DefaultValue("72h") Duration contactGrace) {

	public HandoffProperties {
		if (contactGrace.compareTo(Duration.ofHours(1)) < 0 || contactGrace.compareTo(Duration.ofDays(30)) > 0) {
			throw new IllegalArgumentException("tandem.handoff.contact-grace must be between 1h and 30d");
		}
		followUpDays = List.copyOf(followUpDays);
		if (followUpDays.stream().anyMatch(d -> d < 1 || d > 730)) {
			throw new IllegalArgumentException("tandem.handoff.follow-up-days must be between 1 and 730");
		}
	}

}
