package org.tandem.directory.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.domain.DirectorySearch;
import org.tandem.platform.Bidi;
import org.tandem.platform.Countries;
import org.tandem.platform.LanguageNames;
import org.tandem.platform.ViewerTimes;

/**
 * The staff directory's rows, written in Java: in the template, each of a page's 25 rows evaluated a dozen
 * expressions, two of them projections calling a message or a name per service and language, and the rows were
 * most of the page's time (the staff directory was the slowest staff list). Each label, service, language and
 * country is looked up once per page here, and every value is escaped; the template writes the body with
 * {@code th:utext}, as the queue's ({@code intake.web.QueueLines}).
 */
@Component
class ProviderRows {

	private final MessageSource messages;

	private final Bidi bidi;

	private final LanguageNames languageNames;

	private final Countries countries;

	private final ViewerTimes times;

	ProviderRows(MessageSource messages, Bidi bidi, LanguageNames languageNames, Countries countries,
			ViewerTimes times) {
		this.messages = messages;
		this.bidi = bidi;
		this.languageNames = languageNames;
		this.countries = countries;
		this.times = times;
	}

	/**
	 * The rows of the staff directory's table: the name a link to the provider's page (under the application's path,
	 * contextPath), its direction the name's own, the reference beside it left to right; the status, services,
	 * languages and country in the reader's language, lists joined as {@link Bidi#join} joins them; the free slots;
	 * the day vetting ends, left to right with its instant in {@code datetime}.
	 */
	String markup(List<DirectorySearch.Row> rows, String contextPath, Locale locale) {
		Map<ProviderStatus, String> statuses = new EnumMap<>(ProviderStatus.class);
		Map<List<String>, String> services = new HashMap<>();
		Map<List<String>, String> languages = new HashMap<>();
		Map<String, String> countryNames = new HashMap<>();
		String link = escape(contextPath) + "/staff/providers/";
		StringBuilder html = new StringBuilder(rows.size() * 700);
		for (DirectorySearch.Row row : rows) {
			html.append("<tr><td><a href=\"").append(link).append(row.id()).append("\" dir=\"auto\">")
				.append(escape(row.displayName())).append("</a>\n<span class=\"hint\" dir=\"ltr\">")
				.append(escape(row.reference())).append("</span></td>");
			cell(html, statuses.computeIfAbsent(row.status(), status -> message(status.messageKey(), locale)));
			cell(html, services.computeIfAbsent(row.services(), codes -> bidi.join(codes.stream()
				.map(code -> message("directory.service." + code.toLowerCase(Locale.ROOT), locale))
				.toList(), locale)));
			cell(html, languages.computeIfAbsent(row.languages(), codes -> bidi
				.join(codes.stream().map(code -> languageNames.name(code, locale)).toList(), locale)));
			cell(html, countryNames.computeIfAbsent(row.residenceCountry(), code -> countries.name(code, locale)));
			html.append("<td>").append(row.freeSlots()).append("</td><td>");
			if (row.vettedUntil() != null) {
				html.append("<time dir=\"ltr\" datetime=\"").append(row.vettedUntil()).append("\">")
					.append(escape(times.day(row.vettedUntil()))).append("</time>");
			}
			html.append("</td></tr>\n");
		}
		return html.toString();
	}

	private static void cell(StringBuilder html, String text) {
		html.append("<td>").append(escape(text)).append("</td>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
