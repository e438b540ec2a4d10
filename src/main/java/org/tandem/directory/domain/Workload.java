package org.tandem.directory.domain;

import java.util.Set;

import org.tandem.directory.Fee;
import org.tandem.platform.InvalidInput;

/**
 * The capacity part of the provider aggregate, as stored on the provider's own row: what the provider can take on
 * ({@link Capacity}) and how many engagements through the hub are open now.
 *
 * @param fees the fees the provider charges, comma-separated
 */
public record Workload(int maxEngagements, int openEngagements, int hoursPerMonth, String timeZone, String fees,
		ResponseTime responseTime) {

	/** A new provider's capacity: nothing open yet. */
	static Workload of(Capacity capacity) {
		return new Workload(0, 0, 0, "", "", capacity.responseTime()).with(capacity);
	}

	/** The provider declares another capacity; the open engagements stay. */
	Workload with(Capacity capacity) {
		return new Workload(capacity.maxEngagements(), openEngagements, capacity.hoursPerMonth(), capacity.timeZone(),
				ProviderCodes.encodeNames(capacity.fees()), capacity.responseTime());
	}

	/** An organization was introduced: one more engagement is open. */
	Workload opened() {
		return new Workload(maxEngagements, openEngagements + 1, hoursPerMonth, timeZone, fees, responseTime);
	}

	/** An engagement ended: one fewer is open; refused when none is. */
	Workload ended() {
		if (openEngagements == 0) {
			throw new InvalidInput("engagements", "directory.self.noOpenEngagement");
		}
		return new Workload(maxEngagements, openEngagements - 1, hoursPerMonth, timeZone, fees, responseTime);
	}

	public Set<Fee> feeSet() {
		return ProviderCodes.decodeNames(fees, Fee.class);
	}

	/** The capacity as the provider would edit it. */
	public Capacity capacity() {
		return new Capacity(maxEngagements, hoursPerMonth, timeZone, feeSet(), responseTime);
	}

}
