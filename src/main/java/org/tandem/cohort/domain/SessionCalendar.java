package org.tandem.cohort.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Sessions in iCalendar (RFC 5545), built with ical4j: an invitation (METHOD:REQUEST), its cancellation
 * (METHOD:CANCEL) or a feed (METHOD:PUBLISH). Times are written in UTC, which every calendar reads the same; the
 * session's own zone is named in the mail's text. The UID stays the same over every change and SEQUENCE counts them,
 * so a calendar updates the one event. Nothing about any participant goes in: no attendees, no organizer address.
 */
public final class SessionCalendar {

	public static final String MEDIA_TYPE = "text/calendar";

	private static final String PRODUCT = "-//Tandem//Cohort sessions//EN";

	private SessionCalendar() {
	}

	/** An invitation or its update (REQUEST), or, for a cancelled session, its cancellation (CANCEL). */
	public static byte[] invitation(CohortSession session, @Nullable String link, Instant now) {
		String method = session.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
		return write(method, List.of(session), link == null ? List.of() : List.of(link), now);
	}

	/** A feed of sessions, each with its page's link. */
	public static byte[] feed(List<CohortSession> sessions, List<String> links, Instant now) {
		return write(Method.VALUE_PUBLISH, sessions, links, now);
	}

	/** The method named in the attachment's media type. */
	public static String mediaType(CohortSession session) {
		return MEDIA_TYPE + "; method=" + (session.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST)
				+ "; charset=UTF-8";
	}

	private static byte[] write(String method, List<CohortSession> sessions, List<String> links, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(method));
		for (int i = 0; i < sessions.size(); i++) {
			calendar.add(event(sessions.get(i), i < links.size() ? links.get(i) : null, now));
		}
		return calendar.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static VEvent event(CohortSession session, @Nullable String link, Instant now) {
		VEvent event = new VEvent(session.startsAt(), Duration.ofMinutes(session.durationMinutes()), session.title());
		event.add(new Uid(session.uid()));
		event.add(new DtStamp(now));
		event.add(new Sequence(session.sequence()));
		event.add(session.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		String where = session.onlineLink() != null ? session.onlineLink() : session.place();
		if (where != null) {
			event.add(new Location(where));
		}
		if (link != null) {
			event.add(new Url(java.net.URI.create(link)));
			event.add(new Description(link));
		}
		return event;
	}

}
