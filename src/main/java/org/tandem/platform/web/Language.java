package org.tandem.platform.web;

import java.util.Locale;

/** A shipped language: its code, its own name, and its writing direction. */
public record Language(String code, String nativeName, boolean rightToLeft) {

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	public String direction() {
		return rightToLeft ? "rtl" : "ltr";
	}

}
