package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.account.Accounts;
import org.tandem.cohort.CohortSessions.Attendance;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortRecords;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionKind;
import org.tandem.cohort.domain.SessionMaterials;
import org.tandem.cohort.domain.SessionReminders;
import org.tandem.cohort.domain.SessionService;
import org.tandem.directory.Providers;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.PurgeParticipant;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The sessions on a real database with real mail (GreenMail): invitations, updates and cancellations arrive with an
 * iCalendar part that ical4j reads back; stale versions are refused with nothing written; attendance, the rule and
 * the door; the reminder goes once; an organization's purge and the cohort's forgetting leave nothing behind.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class SessionServiceTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	SessionService sessions;

	@Autowired
	SessionMaterials materials;

	@Autowired
	SessionReminders reminders;

	@Autowired
	CohortSessions door;

	@Autowired
	CohortService cohorts;

	@Autowired
	CohortAgreementService agreements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	EncryptedFileStore files;

	@Autowired
	List<PurgeParticipant> participants;

	@Autowired
	List<CohortRecords> records;

	@Test
	void invitationsUpdatesAndCancellationsArriveWithACalendarThatReadsBack() throws Exception {
		SessionFixtures world = world();
		Instant start = Instant.now().plus(Duration.ofDays(10));
		String title = "Arranque " + UUID.randomUUID().toString().substring(0, 6);
		CohortSession session = sessions.create(world.cohort(),
				SessionFixtures.details(SessionKind.KICK_OFF, SessionAudience.EVERYONE, title, start),
				world.staff().id());
		VEvent invitation = event(TestMail.awaitMessage(world.memberAddress(), "invitation to " + title), "REQUEST");
		assertThat(invitation.getUid().orElseThrow().getValue()).isEqualTo(session.uid());
		assertThat(invitation.getProperty("DTSTART").orElseThrow().getValue())
			.isEqualTo(ical(session.startsAt()));
		assertThat(invitation.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
		String providerAddress = accounts.addressesOf(List.of(world.providerAccount())).get(world.providerAccount());
		event(TestMail.awaitMessage(providerAddress, "invitation to " + title), "REQUEST");

		// a change: the same UID, the new start, SEQUENCE one higher; the page read before it is stale
		Instant later = start.plus(Duration.ofHours(3));
		sessions.change(world.cohort(), session.id(), 0,
				SessionFixtures.details(SessionKind.KICK_OFF, SessionAudience.EVERYONE, title, later),
				world.staff().id());
		VEvent update = event(TestMail.awaitMessage(world.memberAddress(), title + " has changed"), "REQUEST");
		assertThat(update.getUid().orElseThrow().getValue()).isEqualTo(session.uid());
		assertThat(update.getProperty("DTSTART").orElseThrow().getValue())
			.isEqualTo(ical(later.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
		assertThat(update.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
		assertThatThrownBy(() -> sessions.change(world.cohort(), session.id(), 0,
				SessionFixtures.details(SessionKind.OTHER, SessionAudience.EVERYONE, "Tomado", start),
				world.staff().id()))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("cohort.stale");
		assertThatThrownBy(() -> sessions.cancel(world.cohort(), session.id(), 0, world.staff().id()))
			.hasMessageContaining("cohort.stale");
		assertThat(sessions.get(world.cohort(), session.id()).title()).isEqualTo(title);

		sessions.cancel(world.cohort(), session.id(), 1, world.staff().id());
		VEvent cancellation = event(TestMail.awaitMessage(world.memberAddress(), title + " is cancelled"), "CANCEL");
		assertThat(cancellation.getUid().orElseThrow().getValue()).isEqualTo(session.uid());
		assertThat(cancellation.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
		assertThat(cancellation.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThatThrownBy(() -> sessions.cancel(world.cohort(), session.id(), 2, world.staff().id()))
			.hasMessageContaining("alreadyCancelled");

		// a session for providers only is not mailed to the organizations
		String providersOnly = "Webinario " + UUID.randomUUID().toString().substring(0, 6);
		sessions.create(world.cohort(),
				SessionFixtures.details(SessionKind.WEBINAR, SessionAudience.PROVIDERS, providersOnly, start),
				world.staff().id());
		TestMail.awaitMessage(providerAddress, "invitation to " + providersOnly);
		assertThat(TestMail.count(world.memberAddress(), providersOnly)).isZero();
		// another cohort's session is not found through this one
		assertThatThrownBy(() -> sessions.get(UUID.randomUUID(), session.id()))
			.isInstanceOf(org.tandem.platform.NotFoundException.class);
	}

	@Test
	void attendanceCountsTowardsTheRuleAndThePurgeAndTheForgettingLeaveNothing() {
		SessionFixtures world = world();
		Instant past = Instant.now().minus(Duration.ofDays(3));
		CohortSession onboarding = sessions.create(world.cohort(), SessionFixtures.details(
				SessionKind.WELCOME_ONBOARDING, SessionAudience.EVERYONE, "Bienvenida", past), world.staff().id());
		CohortSession kickOff = sessions.create(world.cohort(),
				SessionFixtures.details(SessionKind.KICK_OFF, SessionAudience.EVERYONE, "Arranque", past),
				world.staff().id());
		CohortSession organizationsOnly = sessions.create(world.cohort(), SessionFixtures.details(
				SessionKind.INTAKE, SessionAudience.ORGANIZATIONS, "Entrada", past), world.staff().id());
		assertThat(door.kickOffHeld(world.cohort())).isFalse();
		assertThat(door.attendance(world.cohort())).containsExactly(
				new Attendance(world.organization(), null, 0, false, false),
				new Attendance(null, world.provider().id(), 0, false, false));

		sessions.takeAttendance(world.cohort(), onboarding.id(), 0,
				List.of(new SessionService.Attended(world.organization(), null, world.member().id()),
						new SessionService.Attended(null, world.provider().id(), null)));
		sessions.takeAttendance(world.cohort(), kickOff.id(), 0,
				List.of(new SessionService.Attended(world.organization(), null, null)));
		assertThat(door.kickOffHeld(world.cohort())).isTrue();
		assertThat(door.attendance(world.cohort())).containsExactly(
				new Attendance(world.organization(), null, 2, true, true),
				new Attendance(null, world.provider().id(), 1, true, false));
		assertThat(door.attendance(UUID.randomUUID())).isEmpty();

		// refused, with nothing written: a provider at an organizations-only session, a stranger, an account that is
		// not the organization's, a stale page
		for (List<SessionService.Attended> bad : List.of(
				List.of(new SessionService.Attended(null, world.provider().id(), null)),
				List.of(new SessionService.Attended(UUID.randomUUID(), null, null)),
				List.of(new SessionService.Attended(world.organization(), null, world.staff().id())))) {
			assertThatThrownBy(() -> sessions.takeAttendance(world.cohort(), organizationsOnly.id(), 0, bad))
				.hasMessageContaining("attendance.unknown");
		}
		assertThatThrownBy(() -> sessions.takeAttendance(world.cohort(), kickOff.id(), 7, List.of()))
			.hasMessageContaining("cohort.stale");
		assertThat(sessions.attendance(world.cohort(), organizationsOnly.id())).isEmpty();
		assertThat(sessions.attendance(world.cohort(), kickOff.id())).hasSize(1);

		// the organization's purge takes its attendance; the provider's stays
		PurgeParticipant purge = participants.stream().filter(p -> p.name().equals("cohort.sessions")).findFirst()
			.orElseThrow();
		assertThat(purge.purge(world.organization())).containsEntry("cohort.attendance", 2);
		assertThat(purge.purge(world.organization())).isEmpty();
		assertThat(count("cohort_attendance", "organization_id", world.organization())).isZero();
		assertThat(count("cohort_attendance", "provider_id", world.provider().id())).isEqualTo(1);

		// the cohort's records forgotten: sessions, attendance, materials and their encrypted files
		var material = materials.add(world.cohort(), kickOff.id(), world.staff().id(), "agenda.txt",
				new ByteArrayInputStream("Orden del día".getBytes(StandardCharsets.UTF_8)));
		assertThat(files.exists(world.cohort(), material.fileId())).isTrue();
		records.forEach(part -> part.forget(world.cohort()));
		assertThat(count("cohort_session", "cohort_id", world.cohort())).isZero();
		assertThat(count("cohort_attendance", "cohort_id", world.cohort())).isZero();
		assertThat(count("cohort_session_material", "cohort_id", world.cohort())).isZero();
		assertThat(files.exists(world.cohort(), material.fileId())).isFalse();
	}

	@Test
	void theReminderGoesOnceADayBefore() {
		SessionFixtures world = world();
		String title = "Recordada " + UUID.randomUUID().toString().substring(0, 6);
		CohortSession session = sessions.create(world.cohort(),
				SessionFixtures.details(SessionKind.LEARNING, SessionAudience.EVERYONE, title,
						Instant.now().plus(Duration.ofDays(5))), world.staff().id());
		reminders.run();
		assertThat(remindedAt(session.id())).isNull();
		// the session draws near
		jdbc.sql("update cohort_session set starts_at = :at where id = :id")
			.param("at", Instant.now().plus(Duration.ofHours(20)).atOffset(ZoneOffset.UTC))
			.param("id", session.id())
			.update();
		reminders.run();
		reminders.run();
		assertThat(remindedAt(session.id())).isNotNull();
		TestMail.awaitMessage(world.memberAddress(), "reminder, " + title);
		assertThat(TestMail.count(world.memberAddress(), "A reminder: the session \"" + title)).isEqualTo(1);
		// one planned for tomorrow is reminded by its invitation
		CohortSession soon = sessions.create(world.cohort(), SessionFixtures.details(SessionKind.OTHER,
				SessionAudience.EVERYONE, "Pronto", Instant.now().plus(Duration.ofHours(5))), world.staff().id());
		assertThat(remindedAt(soon.id())).isNotNull();
	}

	private SessionFixtures world() {
		return SessionFixtures.cohort(this, fixtures, cohorts, organizations, providers, agreements);
	}

	private @org.jspecify.annotations.Nullable Object remindedAt(UUID session) {
		return jdbc.sql("select count(*) from cohort_session where id = :id and reminded_at is not null")
			.param("id", session)
			.query(Long.class)
			.single() == 0 ? null : "reminded";
	}

	private long count(String table, String column, UUID id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static String ical(Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
			.format(instant);
	}

	/** The mail's text/calendar part, with the method named in its content type and inside, read back by ical4j. */
	static VEvent event(MimeMessage message, String method) throws Exception {
		MimeMultipart multipart = (MimeMultipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar")) {
				assertThat(part.getContentType()).containsIgnoringCase("method=" + method);
				byte[] bytes = part.getInputStream().readAllBytes();
				Calendar calendar = SessionTests.parse(bytes);
				assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
				return calendar.<VEvent>getComponents("VEVENT").getFirst();
			}
		}
		throw new AssertionError("no text/calendar part");
	}

}
