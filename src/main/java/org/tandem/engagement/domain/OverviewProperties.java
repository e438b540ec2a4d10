package org.tandem.engagement.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff overview of engagements (configuration {@code tandem.engagement.overview.*}).
 *
 * @param stuckAfter how long without activity before an engagement going on is shown as stuck (1 to 180 days)
 */
@ConfigurationProperties("tandem.engagement.overview")
public record OverviewProperties(@DefaultValue("21d") Duration stuckAfter) {

	public OverviewProperties {
		if (stuckAfter.compareTo(Duration.ofDays(1)) < 0 || stuckAfter.compareTo(Duration.ofDays(180)) > 0) {
			throw new IllegalArgumentException("tandem.engagement.overview.stuck-after must be between 1d and 180d");
		}
	}

}
