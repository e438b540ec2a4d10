package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.cohort.CohortSessions.Attendance;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionCalendar;
import org.tandem.cohort.domain.SessionDetails;
import org.tandem.cohort.domain.SessionKind;
import org.tandem.cohort.domain.SessionRule;
import org.tandem.cohort.persistence.AttendanceRows.Counted;
import org.tandem.platform.InvalidInput;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The sessions without Spring: the programme's rule, what a session's details accept (links, zones, durations), who a
 * session is meant for, and the iCalendar it is sent as, read back with ical4j.
 */
class SessionTests {

	@Test
	void theRuleAsksForTwoSessionsIncludingTheOnboarding() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		UUID p = UUID.randomUUID();
		List<Attendance> rule = SessionRule.of(List.of(a, b, c), List.of(p),
				List.of(new Counted(a, null, "WELCOME_ONBOARDING"), new Counted(a, null, "KICK_OFF"),
						new Counted(b, null, "KICK_OFF"), new Counted(b, null, "INTAKE"),
						new Counted(p, null, "KICK_OFF"), new Counted(null, p, "WELCOME_ONBOARDING"),
						new Counted(UUID.randomUUID(), null, "KICK_OFF")));
		assertThat(rule).containsExactly(new Attendance(a, null, 2, true, true),
				new Attendance(b, null, 2, false, false), new Attendance(c, null, 0, false, false),
				new Attendance(null, p, 1, true, false));
	}

	@Test
	void aSessionHasAWebLinkOrAPlaceAKnownZoneAndABoundedDuration() {
		Instant at = Instant.parse("2027-03-02T09:00:00Z");
		assertThat(details("https://meet.example.org/room?x=1", null, 60, "Europe/Paris").onlineLink())
			.isEqualTo("https://meet.example.org/room?x=1");
		assertThat(details(null, "Casa del Barrio", 60, "America/Buenos_Aires").timeZone())
			.isEqualTo("America/Argentina/Buenos_Aires");
		for (String bad : List.of("javascript:alert(1)", "data:text/html,x", "mailto:a@example.org",
				"ftp://example.org", "https://", "//example.org", "https://exa mple.org", "https://user@example.org",
				"https://example.org/" + "x".repeat(1000))) {
			assertThatThrownBy(() -> details(bad, null, 60, "UTC")).as(bad)
				.isInstanceOf(InvalidInput.class)
				.hasMessageContaining("cohort.session.link.invalid");
		}
		assertThatThrownBy(() -> details(null, null, 60, "UTC")).hasMessageContaining("where.missing");
		assertThatThrownBy(() -> details(null, "x", 4, "UTC")).hasMessageContaining("duration.invalid");
		assertThatThrownBy(() -> details(null, "x", 721, "UTC")).hasMessageContaining("duration.invalid");
		assertThatThrownBy(() -> details(null, "x", 60, "Mars/Olympus")).hasMessageContaining("timeZone.invalid");
		assertThatThrownBy(() -> new SessionDetails(SessionKind.OTHER, SessionAudience.EVERYONE, "  ", at, 60, "UTC",
				null, "x", null)).hasMessageContaining("title.invalid");
	}

	@Test
	void audiencesKeepProvidersAndOrganizationsApartAndCoordinatorsSeeAll() {
		Side organization = new Side.Organization(UUID.randomUUID());
		Side provider = new Side.Provider(UUID.randomUUID());
		assertThat(SessionAudience.PROVIDERS.includes(organization)).isFalse();
		assertThat(SessionAudience.PROVIDERS.includes(provider)).isTrue();
		assertThat(SessionAudience.ORGANIZATIONS.includes(provider)).isFalse();
		assertThat(SessionAudience.EVERYONE.includes(organization)).isTrue();
		assertThat(SessionAudience.PROVIDERS.includes(new Side.Staff())).isTrue();
	}

	@Test
	void theInvitationReadsBackWithItsUidStartSequenceAndMethod() throws Exception {
		// 10:00 in Buenos Aires (UTC-3) is 13:00 UTC
		Instant start = ZonedDateTime.parse("2027-03-02T10:00:00-03:00[America/Argentina/Buenos_Aires]").toInstant();
		CohortSession session = session(start, 2, false);
		Calendar calendar = parse(SessionCalendar.invitation(session, "https://tandem.example/cohorts/x", start));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(session.uid());
		assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270302T130000Z");
		assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
		assertThat(event.getProperty("DURATION").orElseThrow().getValue()).isEqualTo("PT1H30M");
		assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Casa del Barrio");
		assertThat(SessionCalendar.mediaType(session)).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");

		CohortSession cancelled = session(start, 3, true);
		Calendar cancellation = parse(SessionCalendar.invitation(cancelled, null, start));
		assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent gone = cancellation.<VEvent>getComponents("VEVENT").getFirst();
		assertThat(gone.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(gone.getUid().orElseThrow().getValue()).isEqualTo(session.uid());
	}

	static Calendar parse(byte[] ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(new String(ics, java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static CohortSession session(Instant start, int sequence, boolean cancelled) {
		return new CohortSession(UUID.fromString("3f0a7a4e-6f1c-4a59-8a0e-1f2b3c4d5e6f"), UUID.randomUUID(),
				SessionKind.KICK_OFF, SessionAudience.EVERYONE, "Arranque", start, 90,
				"America/Argentina/Buenos_Aires", null, "Casa del Barrio", null, cancelled, sequence, null, start,
				start, 0);
	}

	private static SessionDetails details(String link, String place, int minutes, String zone) {
		return new SessionDetails(SessionKind.KICK_OFF, SessionAudience.EVERYONE, "Arranque",
				Instant.parse("2027-03-02T09:00:00Z"), minutes, zone, link, place, null);
	}


}
