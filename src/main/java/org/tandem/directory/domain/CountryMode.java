package org.tandem.directory.domain;

import java.util.Locale;

/** Whether a provider works in a country remotely or can travel there. */
public enum CountryMode {

	REMOTE, IN_PERSON;

	public String messageKey() {
		return "directory.mode." + name().toLowerCase(Locale.ROOT);
	}

}
