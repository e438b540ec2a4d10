package org.tandem.directory.domain;

import java.util.Objects;
import java.util.Set;

import org.tandem.directory.Fee;

/**
 * How much a provider can take on through the hub, from where, on what terms, and how fast they usually answer a new
 * request.
 */
public record Capacity(int maxEngagements, int hoursPerMonth, String timeZone, Set<Fee> fees,
		ResponseTime responseTime) {

	public static final int MAX_ENGAGEMENTS = 50;

	public static final int MAX_HOURS = 400;

	public Capacity {
		fees = Set.copyOf(fees);
		Objects.requireNonNull(responseTime, "responseTime");
		if (maxEngagements < 0 || maxEngagements > MAX_ENGAGEMENTS || hoursPerMonth < 0 || hoursPerMonth > MAX_HOURS
				|| fees.isEmpty()) {
			throw new IllegalArgumentException("capacity out of range");
		}
	}

}
