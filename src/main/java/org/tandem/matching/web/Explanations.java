package org.tandem.matching.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.matching.engine.Reason;
import org.tandem.platform.Bidi;
import org.tandem.platform.Countries;
import org.tandem.platform.LanguageNames;

/**
 * The engine's reasons in the reader's language ({@code ${@explanations.text(reason, #locale)}}): codes in the
 * arguments become the names the rest of Tandem shows for them.
 */
@Component("explanations")
public class Explanations {

	private final MessageSource messages;

	private final LanguageNames languages;

	private final Countries countries;

	private final Bidi bidi;

	Explanations(MessageSource messages, LanguageNames languages, Countries countries, Bidi bidi) {
		this.messages = messages;
		this.languages = languages;
		this.countries = countries;
		this.bidi = bidi;
	}

	public String text(Reason reason, Locale locale) {
		Object[] args = reason.args().stream().map(a -> a instanceof Reason.Term t ? names(t, locale) : a).toArray();
		return messages.getMessage(reason.key(), args, locale);
	}

	public String names(Reason.Term term, Locale locale) {
		return term.codes().stream().map(code -> name(term.kind(), code, locale)).collect(Collectors.joining(bidi.separator(locale)));
	}

	public String name(Reason.Term.Kind kind, String code, Locale locale) {
		String lower = code.toLowerCase(Locale.ROOT);
		return switch (kind) {
			case LANGUAGE -> languages.name(code, locale);
			case COUNTRY -> countries.name(code, locale);
			case SERVICE -> messages.getMessage("directory.service." + lower, null, code, locale);
			case REGION -> messages.getMessage("region." + lower, null, code, locale);
			case COMMUNITY -> messages.getMessage("directory.community." + lower, null, code, locale);
			case CHANNEL -> messages.getMessage("matching.channel." + lower, null, code, locale);
			case FEE -> messages.getMessage("directory.fee." + lower, null, code, locale);
			case SECTOR -> messages.getMessage("organization.kind." + lower, null, code, locale);
			case TIME_ZONE -> org.tandem.platform.TimeZones.label(code, locale);
		};
	}

}
