package org.tandem.cohort.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.cohort.Side;

/**
 * A session of a cohort as it is kept: hub-written operational text in the clear (title, link or place, agenda).
 * {@code sequence} counts the changes mailed to the participants (iCalendar's SEQUENCE); {@code version} guards pages
 * against stale edits.
 */
public record CohortSession(UUID id, UUID cohortId, SessionKind kind, SessionAudience audience, String title,
		Instant startsAt, int durationMinutes, String timeZone, @Nullable String onlineLink, @Nullable String place,
		@Nullable String agenda, boolean cancelled, int sequence, @Nullable Instant remindedAt, Instant createdAt,
		Instant updatedAt, long version) {

	public Instant endsAt() {
		return startsAt.plus(Duration.ofMinutes(durationMinutes));
	}

	public boolean meantFor(Side side) {
		return audience.includes(side);
	}

	/** The start in the session's own time zone, as the invitation names it. */
	public ZonedDateTime localStart() {
		return startsAt.atZone(ZoneId.of(timeZone));
	}

	/** The start as the session's own zone reads it: "2026-03-02 10:00". */
	public String localStartText() {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(localStart());
	}

	/** The iCalendar UID: stable over every change, so calendars update the one event. */
	public String uid() {
		return "cohort-session-" + id + "@tandem";
	}

}
