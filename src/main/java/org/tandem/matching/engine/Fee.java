package org.tandem.matching.engine;

/**
 * How a provider charges, cheapest first; for a request, the most the organization can pay (a budget of
 * {@code SLIDING_SCALE} means "something, not full rates").
 */
public enum Fee {

	PRO_BONO, SLIDING_SCALE, PAID

}
