package org.tandem.intake.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.intake.Approach;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Urgency;
import org.tandem.intake.domain.Triage;
import org.tandem.platform.Bidi;
import org.tandem.platform.Countries;
import org.tandem.platform.LanguageNames;
import org.tandem.platform.ViewerTimes;

/**
 * The staff queue's rows as the page shows them: labels, names and times worked out in Java once per distinct value
 * on the page (a label is looked up once, not once per row), so the template writes each cell from a field. Worked
 * out in the template, the rows' 600 expressions (message keys built per row, names looked up by bean calls, a
 * projection over the languages) were the larger part of the queue's time; then, written by the template from those
 * fields, still half of the page's CPU time: the table's body is now written here too ({@link #markup}).
 */
@Component
class QueueLines {

	private final MessageSource messages;

	private final Bidi bidi;

	private final LanguageNames languageNames;

	private final Countries countries;

	private final ViewerTimes times;

	QueueLines(MessageSource messages, Bidi bidi, LanguageNames languageNames, Countries countries, ViewerTimes times) {
		this.messages = messages;
		this.bidi = bidi;
		this.languageNames = languageNames;
		this.countries = countries;
		this.times = times;
	}

	/**
	 * One line per row. people: the assigned staff's names by account; purgeNear: the day a row's request will be
	 * purged, for those near it; progress: where a handed-over request stands, as its holder says.
	 */
	List<Line> of(List<Triage.Row> rows, Map<UUID, String> people, Map<UUID, String> purgeNear,
			Map<UUID, RequestProgress.Progress> progress, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		Map<List<String>, String> languages = new HashMap<>();
		Map<String, String> countryNames = new HashMap<>();
		Map<RequestStatus, String> statuses = new EnumMap<>(RequestStatus.class);
		Map<Urgency, String> urgencies = new EnumMap<>(Urgency.class);
		Map<Approach, String> approaches = new EnumMap<>(Approach.class);
		List<Line> lines = new ArrayList<>(rows.size());
		for (Triage.Row row : rows) {
			RequestProgress.Progress stands = progress.get(row.id());
			String status = stands != null ? labels.computeIfAbsent(stands.labelKey(), key -> message(key, locale))
					: statuses.computeIfAbsent(row.status(), s -> message(s.messageKey(), locale));
			lines.add(new Line(row.id(), row.reference(), row.awaitingStaff(), row.anonymous(), purgeNear.get(row.id()),
					status, urgencies.computeIfAbsent(row.urgency(), u -> message(u.messageKey(), locale)),
					approaches.computeIfAbsent(row.approach(), a -> message(a.messageKey(), locale)),
					languages.computeIfAbsent(row.workLanguages(), codes -> bidi
						.join(codes.stream().map(code -> languageNames.name(code, locale)).toList(), locale)),
					row.country() == null ? "—"
							: countryNames.computeIfAbsent(row.country(), code -> countries.name(code, locale)),
					row.submittedAt(),
					row.assignedTo() == null ? "—" : people.getOrDefault(row.assignedTo(), "—")));
		}
		return lines;
	}

	/**
	 * The lines as the rows of the queue's table, for {@code th:utext}: every value escaped; the reference a link
	 * under the application's path (contextPath), written left to right; the badges in the reader's language; the
	 * time left to right with its instant in {@code datetime}; the assigned person's name isolated in a {@code bdi}.
	 */
	String markup(List<Line> lines, String contextPath, Locale locale) {
		String awaiting = escape(message("intake.queue.awaitingBadge", locale));
		String anonymous = escape(message("intake.queue.anonymous", locale));
		String link = escape(contextPath) + "/staff/requests/";
		StringBuilder html = new StringBuilder(lines.size() * 600);
		for (Line line : lines) {
			html.append("<tr><td><a href=\"").append(link).append(line.id()).append("\" dir=\"ltr\">")
				.append(escape(line.reference())).append("</a>");
			if (line.awaitingStaff()) {
				html.append(" <span class=\"badge\">").append(awaiting).append("</span>");
			}
			if (line.anonymous()) {
				html.append(" <span class=\"badge\">").append(anonymous).append("</span>");
			}
			if (line.purgeNear() != null) {
				// the translation's own markup (a bdi around the day) is kept, as th:utext kept it
				html.append(" <span class=\"badge purge-near\">")
					.append(messages.getMessage("intake.queue.purgeNear", new Object[] { escape(line.purgeNear()) },
							locale))
					.append("</span>");
			}
			html.append("</td>");
			for (String cell : List.of(line.status(), line.urgency(), line.approach(), line.languages(), line.country())) {
				html.append("<td>").append(escape(cell)).append("</td>");
			}
			html.append("<td><time dir=\"ltr\" datetime=\"").append(line.submittedAt()).append("\">")
				.append(escape(times.minute(line.submittedAt()))).append("</time></td><td><bdi>")
				.append(escape(line.assigned())).append("</bdi></td></tr>\n");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** A row of the queue, each cell as written. purgeNear: the purge's day when it is near, or null. */
	record Line(UUID id, String reference, boolean awaitingStaff, boolean anonymous, @Nullable String purgeNear,
			String status, String urgency, String approach, String languages, String country, Instant submittedAt,
			String assigned) {
	}

}
