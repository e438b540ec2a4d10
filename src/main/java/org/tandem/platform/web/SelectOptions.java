package org.tandem.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.platform.Countries;
import org.tandem.platform.LanguageNames;

/**
 * The options of the long choices (every country, every working language) as markup for a {@code <select>}
 * ({@code th:utext="${@options.countries(#locale, any, chosen)}"}): the escaped options are worked out once per
 * language and a page only strings them together, marking the chosen one. Rendered option by option through
 * {@code th:field}, the country filter's 250 options were about a quarter of the staff queue's time (each asked
 * Spring for the field's binding again). Names come from the JDK's data and are escaped here; the first option
 * (value "", choosing nothing) carries the page's own text.
 */
@Component("options")
public class SelectOptions {

	/** More than the languages Tandem ships: a page's locale comes from those, so this never fills. */
	private static final int MAX_ENTRIES = 64;

	private final Countries countries;

	private final LanguageNames languageNames;

	private final Map<Locale, List<Option>> countryOptions = new ConcurrentHashMap<>();

	private final Map<LanguagesKey, List<Option>> languageOptions = new ConcurrentHashMap<>();

	public SelectOptions(Countries countries, LanguageNames languageNames) {
		this.countries = countries;
		this.languageNames = languageNames;
	}

	/** Every country in the reader's language and order, after an option "" named {@code none}. */
	public String countries(Locale locale, String none, @Nullable Object chosen) {
		List<Option> options = countryOptions.get(locale);
		if (options == null) {
			options = countries.all(locale).stream().map(c -> Option.of(c.code(), c.name())).toList();
			remember(countryOptions, locale, options);
		}
		return markup(none, options, chosen);
	}

	/** These language codes, named in the reader's language, in the order given, after an option "" named none. */
	public String languages(List<String> codes, Locale locale, String none, @Nullable Object chosen) {
		LanguagesKey key = new LanguagesKey(List.copyOf(codes), locale);
		List<Option> options = languageOptions.get(key);
		if (options == null) {
			options = codes.stream().map(code -> Option.of(code, languageNames.name(code, locale))).toList();
			remember(languageOptions, key, options);
		}
		return markup(none, options, chosen);
	}

	private static <K> void remember(Map<K, List<Option>> cache, K key, List<Option> options) {
		if (cache.size() < MAX_ENTRIES) {
			cache.putIfAbsent(key, options);
		}
	}

	static String markup(String none, List<Option> options, @Nullable Object chosen) {
		String value = chosen == null ? "" : chosen.toString();
		StringBuilder html = new StringBuilder(options.size() * 40 + 64);
		html.append("<option value=\"\"");
		if (value.isEmpty()) {
			html.append(" selected=\"selected\"");
		}
		html.append('>').append(HtmlUtils.htmlEscape(none)).append("</option>");
		for (Option option : options) {
			html.append(option.head());
			if (option.value().equals(value)) {
				html.append(" selected=\"selected\"");
			}
			html.append(option.tail());
		}
		return html.toString();
	}

	/** One option's escaped markup, split where "selected" goes. */
	record Option(String value, String head, String tail) {

		static Option of(String value, String label) {
			return new Option(value, "<option value=\"" + HtmlUtils.htmlEscape(value) + "\"",
					">" + HtmlUtils.htmlEscape(label) + "</option>");
		}

	}

	private record LanguagesKey(List<String> codes, Locale locale) {
	}

}
