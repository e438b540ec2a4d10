package org.tandem.organization;

import java.util.Locale;

/** How many people an organization has, in bands wide enough not to identify it. */
public enum SizeBand {

	UP_TO_5, UP_TO_20, UP_TO_100, OVER_100;

	public String messageKey() {
		return "organization.size." + name().toLowerCase(Locale.ROOT);
	}

}
