package org.tandem.directory.domain;

import java.util.Locale;

/** How well a provider works in a language. */
public enum LanguageLevel {

	BASIC, WORKING, FLUENT, NATIVE;

	public String messageKey() {
		return "directory.level." + name().toLowerCase(Locale.ROOT);
	}

}
