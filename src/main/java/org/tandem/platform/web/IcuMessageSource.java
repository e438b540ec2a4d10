package org.tandem.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.ibm.icu.util.ULocale;

/**
 * The application's messages, read from the same bundles as Spring's {@link ResourceBundleMessageSource} (same
 * basenames, same fallback to the base bundle) but formatted by ICU's {@link com.ibm.icu.text.MessageFormat}, so a
 * message can choose its words by CLDR plural rules ({@code {0, plural, one {# day} other {# days}}}; Arabic has six
 * categories) and {@code select}. Every message goes through the formatter, with arguments or without, in Thymeleaf
 * ({@code #{...}}) and in code ({@code MessageSource.getMessage}) alike; apostrophes follow ICU's
 * {@code DOUBLE_OPTIONAL} mode ({@code ''} is one apostrophe, a lone one stays as written).
 * <p>
 * Numbers follow the language's separators with Latin digits in every language, Arabic included, the digits that
 * dates, references and phone numbers are written in (docs/architecture.md, "Messages and plurals").
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	/** Parsed messages per language: the bundles do not change while the application runs. */
	private final Map<Locale, Map<String, com.ibm.icu.text.MessageFormat>> formats = new ConcurrentHashMap<>();

	/** The locale ICU formats in: the language with Latin digits. */
	public static ULocale formattingLocale(Locale locale) {
		return new ULocale.Builder().setLocale(ULocale.forLocale(locale)).setUnicodeLocaleKeyword("nu", "latn").build();
	}

	/**
	 * Formats one message pattern with ICU: the formatter used for every message, public so that tests and checks
	 * apply exactly the rules the pages do.
	 */
	public static String format(String pattern, Object @Nullable [] arguments, Locale locale) {
		var format = new com.ibm.icu.text.MessageFormat(pattern, formattingLocale(locale));
		return format.format(arguments == null ? new Object[0] : arguments);
	}

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
			@Nullable Locale locale) {
		if (code == null) {
			return null;
		}
		Locale language = locale == null ? Locale.getDefault() : locale;
		Object[] arguments = resolveArguments(args, language);
		String pattern = resolveCodeWithoutArguments(code, language);
		if (pattern != null) {
			return formatted(pattern, arguments, language);
		}
		Properties common = getCommonMessages();
		if (common != null) {
			String message = common.getProperty(code);
			if (message != null) {
				return formatMessage(message, arguments, language);
			}
		}
		return getMessageFromParent(code, arguments, language);
	}

	/**
	 * Default messages ({@code getMessage(code, args, default, locale)}, Spring's binding errors) go through ICU as
	 * well; one that is not a valid pattern (a default text quoting a typed value with a brace) is shown as written.
	 */
	@Override
	protected String formatMessage(String message, Object @Nullable [] args, Locale locale) {
		if ((args == null || args.length == 0) && message.indexOf('{') < 0 && message.indexOf('\'') < 0) {
			return message;
		}
		try {
			return format(message, resolveArguments(args, locale), locale);
		}
		catch (IllegalArgumentException notAPattern) {
			return message;
		}
	}

	private String formatted(String pattern, Object[] arguments, Locale locale) {
		if (arguments.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
			return pattern;
		}
		var format = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, p -> new com.ibm.icu.text.MessageFormat(p, formattingLocale(locale)));
		synchronized (format) {
			return format.format(arguments);
		}
	}

}
