package org.tandem.cohort.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.TimeZones;

/**
 * What staff write about a session, checked: a title, a start and a duration (5 minutes to 12 hours), one of the
 * offered time zones, an online link (http or https only) or a place (at least one), an agenda in Markdown.
 */
public record SessionDetails(SessionKind kind, SessionAudience audience, String title, Instant startsAt,
		int durationMinutes, String timeZone, @Nullable String onlineLink, @Nullable String place,
		@Nullable String agenda) {

	public static final int TITLE_MAX = 200;

	public static final int LINK_MAX = 1000;

	public static final int PLACE_MAX = 500;

	public static final int DURATION_MIN = 5;

	public static final int DURATION_MAX = 720;

	public SessionDetails {
		title = title.strip();
		onlineLink = blankToNull(onlineLink);
		place = blankToNull(place);
		agenda = blankToNull(agenda);
		if (title.isEmpty() || title.length() > TITLE_MAX) {
			throw new InvalidInput("title", "cohort.session.title.invalid");
		}
		if (durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
			throw new InvalidInput("duration", "cohort.session.duration.invalid");
		}
		if (!TimeZones.known(timeZone)) {
			throw new InvalidInput("timeZone", "cohort.session.timeZone.invalid");
		}
		timeZone = TimeZones.current(timeZone);
		if (onlineLink != null && !webLink(onlineLink)) {
			throw new InvalidInput("link", "cohort.session.link.invalid");
		}
		if (place != null && place.length() > PLACE_MAX) {
			throw new InvalidInput("place", "cohort.session.place.invalid");
		}
		if (onlineLink == null && place == null) {
			throw new InvalidInput("link", "cohort.session.where.missing");
		}
		if (agenda != null && agenda.length() > Markdown.LIMIT) {
			throw new InvalidInput("agenda", "cohort.session.agenda.tooLong");
		}
	}

	/** An absolute http or https link with a host, nothing else (no javascript:, no data:, no mailto:). */
	static boolean webLink(String link) {
		if (link.length() > LINK_MAX || link.chars().anyMatch(c -> c <= ' ')) {
			return false;
		}
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank() && uri.getUserInfo() == null;
		}
		catch (URISyntaxException notALink) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
