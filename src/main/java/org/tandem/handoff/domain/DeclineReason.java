package org.tandem.handoff.domain;

import java.util.Locale;

/** Why a provider declined an offer. */
public enum DeclineReason {

	NO_CAPACITY, CONFLICT_OF_INTEREST, OUTSIDE_EXPERTISE, TIMING, LANGUAGE, OTHER;

	public String messageKey() {
		return "handoff.decline.reason." + name().toLowerCase(Locale.ROOT);
	}

}
