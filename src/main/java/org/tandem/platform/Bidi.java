package org.tandem.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Values inside translated sentences, kept in their own direction. In a right-to-left page a phone number or a time
 * spliced into Arabic text is reordered by the bidirectional algorithm ({@code +961 70 123 456} reads
 * {@code 456 123 70 961+}); wrapping each value in its own {@code <bdi>} isolates it.
 *
 * <p>
 * In templates: {@code th:utext="${@bidi.message('key', #locale, @bidi.ltr(phone), @bidi.auto(name))}"}. The whole
 * sentence is HTML-escaped, the translation as well as the values, so {@code th:utext} stays safe; only the
 * {@code <bdi>} elements added here are markup. {@code ltr} is for phone numbers, emails, keys, references, dates
 * and codes; {@code auto} for text typed by people (names, notes), whose direction the browser takes from its first
 * strong letter. Lists are joined with the comma of the reader's language ({@code ${@bidi.join(names, #locale)}}).
 */
@Component("bidi")
public class Bidi {

	/** Languages written in the Arabic script, whose lists take the Arabic comma. */
	private static final Set<String> ARABIC_COMMA = Set.of("ar", "fa", "ur", "ps", "ckb", "sd", "ug");

	private static final char OPEN = '\uE000';

	private static final char CLOSE = '\uE001';

	private final MessageSource messages;

	Bidi(MessageSource messages) {
		this.messages = messages;
	}

	/** A value written left to right whatever the page's direction: phone, email, key, reference, date, code. */
	public Isolated ltr(@Nullable Object value) {
		return new Isolated(value == null ? "" : value.toString(), "ltr");
	}

	/** A value typed by a person, in whichever direction its own letters have. */
	public Isolated auto(@Nullable Object value) {
		return new Isolated(value == null ? "" : value.toString(), "auto");
	}

	/**
	 * The translated sentence as HTML for {@code th:utext}: everything escaped, each {@link Isolated} argument in its
	 * own {@code <bdi>}. Other arguments (numbers) are formatted by the message as usual.
	 */
	public String message(String key, Locale locale, @Nullable Object... args) {
		Object[] given = args == null ? new Object[0] : args;
		List<Isolated> isolated = new ArrayList<>();
		Object[] formatted = new Object[given.length];
		for (int i = 0; i < given.length; i++) {
			if (given[i] instanceof Isolated value) {
				formatted[i] = "" + OPEN + isolated.size() + CLOSE;
				isolated.add(value);
			}
			else {
				formatted[i] = given[i];
			}
		}
		String text = escape(messages.getMessage(key, formatted, locale));
		if (isolated.isEmpty()) {
			return text;
		}
		StringBuilder html = new StringBuilder(text.length() + 32 * isolated.size());
		int from = 0;
		for (int open = text.indexOf(OPEN); open >= 0; open = text.indexOf(OPEN, from)) {
			int close = text.indexOf(CLOSE, open);
			if (close < 0) {
				break;
			}
			html.append(text, from, open);
			html.append(isolated.get(Integer.parseInt(text.substring(open + 1, close))).html());
			from = close + 1;
		}
		return html.append(text, from, text.length()).toString();
	}

	/** The list separator of the reader's language: {@code ", "}, or {@code "، "} in Arabic script. */
	public String separator(Locale locale) {
		return ARABIC_COMMA.contains(locale.getLanguage()) ? "\u060C " : ", ";
	}

	/** Plain text (for {@code th:text}): the items joined with the reader's list separator. */
	public String join(@Nullable Collection<?> items, Locale locale) {
		if (items == null) {
			return "";
		}
		return items.stream().map(String::valueOf).collect(Collectors.joining(separator(locale)));
	}

	/** Escapes the characters HTML gives a meaning ({@code <>&"'}); the page is UTF-8, so nothing else. */
	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** A value with the direction it is written in; printed as itself where markup cannot go. */
	public record Isolated(String value, String dir) {

		String html() {
			String open = "ltr".equals(dir) ? "<bdi dir=\"ltr\">" : "<bdi>";
			return open + escape(value) + "</bdi>";
		}

		@Override
		public String toString() {
			return value;
		}

	}

}
