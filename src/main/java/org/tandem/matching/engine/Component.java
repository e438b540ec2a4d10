package org.tandem.matching.engine;

import java.util.Locale;

/**
 * The parts of the soft score, each worth 0 to 1 and weighted by the hub ({@link Weights}). A component that does not
 * apply to a request (no community named, no time zone known) is left out of that request's score. New components
 * (past outcomes, once evaluations exist) are added here and in {@link ProviderPool#score}.
 */
public enum Component {

	/** How deeply the provider covers the needed services: specialist, can do, or not at all for helpful ones. */
	COVERAGE(30),
	/** Works in the request's country (in person best), in its region, or remotely anywhere. */
	REGION(15),
	/** Has served the request's communities. */
	COMMUNITY(15),
	/** Working hours overlap: hours between the two time zones. */
	TIME_ZONE(10),
	/** Usually answers within the time the request's urgency allows. */
	RESPONSE(10),
	/** Charges what the organization can pay. */
	FEE(10),
	/** Has free slots: spreads work so the same few providers are not exhausted. */
	LOAD(10),
	/** The request comes from a region the hub marked as underserved. */
	UNDERSERVED(10);

	private final int defaultWeight;

	Component(int defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	public int defaultWeight() {
		return defaultWeight;
	}

	public String messageKey() {
		return "matching.component." + name().toLowerCase(Locale.ROOT);
	}

}
