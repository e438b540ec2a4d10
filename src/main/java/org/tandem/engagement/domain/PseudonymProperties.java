package org.tandem.engagement.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An anonymous requester's workspace under a pseudonym (configuration {@code tandem.engagement.pseudonym.*}).
 *
 * @param unusedAfter how long a pseudonym's workspace may wait for contact to be confirmed before its organization is
 * purged and its account disabled (7 to 365 days)
 */
@ConfigurationProperties("tandem.engagement.pseudonym")
public record PseudonymProperties(@DefaultValue("60d") Duration unusedAfter) {

	public PseudonymProperties {
		if (unusedAfter.compareTo(Duration.ofDays(7)) < 0 || unusedAfter.compareTo(Duration.ofDays(365)) > 0) {
			throw new IllegalArgumentException("tandem.engagement.pseudonym.unused-after must be between 7d and 365d");
		}
	}

}
