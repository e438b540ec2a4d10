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
import org.tandem.intake.Approach;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Urgency;
import org.tandem.intake.domain.Triage;
import org.tandem.platform.Bidi;
import org.tandem.platform.Countries;
import org.tandem.platform.LanguageNames;

/**
 * The staff queue's rows as the page shows them: labels, names and times worked out in Java once per distinct value
 * on the page (a label is looked up once, not once per row), so the template writes each cell from a field. Worked
 * out in the template, the rows' 600 expressions (message keys built per row, names looked up by bean calls, a
 * projection over the languages) were the larger part of the queue's time.
 */
@Component
class QueueLines {

	private final MessageSource messages;

	private final Bidi bidi;

	private final LanguageNames languageNames;

	private final Countries countries;

	QueueLines(MessageSource messages, Bidi bidi, LanguageNames languageNames, Countries countries) {
		this.messages = messages;
		this.bidi = bidi;
		this.languageNames = languageNames;
		this.countries = countries;
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

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** A row of the queue, each cell as written. purgeNear: the purge's day when it is near, or null. */
	record Line(UUID id, String reference, boolean awaitingStaff, boolean anonymous, @Nullable String purgeNear,
			String status, String urgency, String approach, String languages, String country, Instant submittedAt,
			String assigned) {
	}

}
