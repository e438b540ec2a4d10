package org.tandem.platform;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** Language names in the reader's language, from the JDK's own data ({@code ${@languageNames.name('sw', #locale)}}). */
@Component("languageNames")
public class LanguageNames {

	public String name(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
