package org.tandem.platform.web;

import java.util.List;
import java.util.Optional;

/** The languages Tandem ships; every message bundle has all keys in each (checked by I18nTests). */
public final class Languages {

	public static final List<Language> SUPPORTED = List.of(new Language("en", "English", false),
			new Language("es", "Español", false), new Language("fr", "Français", false),
			new Language("pt", "Português", false), new Language("ar", "العربية", true));

	private Languages() {
	}

	public static Optional<Language> find(String code) {
		return SUPPORTED.stream().filter(l -> l.code().equals(code)).findFirst();
	}

}
