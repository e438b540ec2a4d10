package org.tandem.matching.engine;

/** Where a provider stands in the network, as far as matching cares. */
public enum Standing {

	ACTIVE, PAUSED, NOT_ACTIVE

}
