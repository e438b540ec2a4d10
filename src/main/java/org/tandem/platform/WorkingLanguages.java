package org.tandem.platform;

import java.util.List;

/**
 * The languages people can say they work in (requests, providers), beyond the five the pages are shown in. Names
 * come from the JDK in the reader's language ({@link org.tandem.platform.LanguageNames}).
 */
public final class WorkingLanguages {

	public static final List<String> CODES = List.of("en", "es", "fr", "pt", "ar", "ru", "uk", "fa", "tr", "zh", "hi",
			"ur", "bn", "sw", "am", "my", "id", "vi", "th", "ko", "de", "it", "ka", "hy", "az", "ky", "kk", "uz", "ps",
			"ne");

	private WorkingLanguages() {
	}

}
