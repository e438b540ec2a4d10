package org.tandem.engagement.domain;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.directory.TrackedEngagements;
import org.tandem.engagement.persistence.EngagementLoad;

/**
 * Tells the directory how many of a provider's engagements are still going on (Discover, Strategise, Actualise):
 * each holds one of the provider's open slots until {@link Closings#close} frees it, so the provider's own button
 * frees only the slots beyond them. Read from the provider's load, kept by every move between phases.
 */
@Component
class TrackedSlots implements TrackedEngagements {

	private final EngagementLoad load;

	TrackedSlots(EngagementLoad load) {
		this.load = load;
	}

	@Override
	public int working(UUID providerId) {
		return Math.max(0, load.active(providerId));
	}

}
