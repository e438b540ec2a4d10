package org.tandem.handoff.domain;

import java.util.Locale;

/** The two sides of a handoff. */
public enum Side {

	ORGANIZATION, PROVIDER;

	public String messageKey() {
		return "handoff.side." + name().toLowerCase(Locale.ROOT);
	}

}
