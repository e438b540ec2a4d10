package org.tandem.matching.engine;

import java.util.Locale;

/**
 * How a provider charges, cheapest first; for a request, the most the organization can pay (a budget of
 * {@code SLIDING_SCALE} means "something, not full rates").
 */
public enum Fee {

	PRO_BONO, SLIDING_SCALE, PAID;

	public String messageKey() {
		return "matching.fee." + name().toLowerCase(Locale.ROOT);
	}

}
