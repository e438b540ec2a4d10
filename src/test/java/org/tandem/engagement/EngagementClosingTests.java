package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.tandem.engagement.domain.CheckIn;
import org.tandem.engagement.domain.CheckIns;
import org.tandem.engagement.domain.Closing;
import org.tandem.engagement.domain.Closings;
import org.tandem.engagement.domain.Engagement;
import org.tandem.handoff.ContactConfirmed;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.TestMail;

/**
 * Closing and keeping in touch through the services on H2 and PostgreSQL, with a real provider, organization,
 * accounts, keys, mail (GreenMail) and events: who may give which reason, the provider's slot freed once, a period of
 * none closing at once, the job mailing check-ins when due and closing when the period ends, links kept only as
 * digests and answered once, "need help" reaching staff without what was written, outsiders finding nothing, and the
 * handoff's follow-up surveys waiting for the engagement to close.
 */
@EnableScenarios
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementClosingTests extends EngagementTestSupport {


	@Autowired
	Closings closings;

	@Autowired
	CheckIns checkIns;


	@Test
	void eachSideGivesItsOwnReasonsTheSlotIsFreedOnceAndTheSurveysWaitForTheClosing(Scenario scenario) {
		UUID request = UUID.randomUUID();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		// the handoff's surveys, as it schedules them at confirmed contact: two rounds, both sides
		scheduleFollowUp(request, 1, "ORGANIZATION", today.plusDays(14));
		scheduleFollowUp(request, 1, "PROVIDER", today.plusDays(14));
		scheduleFollowUp(request, 2, "ORGANIZATION", today.plusDays(90));
		// the introduction took one of the provider's slots
		providers.engagementOpened(provider.id());
		assertThat(openEngagements()).isOne();
		scenario.publish(new ContactConfirmed(request, provider.id(), false, Instant.now()))
			.andWaitForStateChange(() -> jdbc.sql("select count(*) from engagement_opening where request_id = :r")
				.param("r", request).query(Long.class).single(), n -> n == 1)
			.andVerify(n -> assertThat(n).isOne());
		Engagement engagement = engagements.link(request, organization, staff.id());
		UUID id = engagement.id();
		assertThat(followUpStatuses(request)).containsOnly("DEFERRED");

		// the organization may not say the provider stopped, nor the provider that the organization did
		assertThatThrownBy(() -> closings.close(id, member.id(), terms(ClosingReason.STOPPED_BY_PROVIDER, 6, 1), 0))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.closing.reasonNotYours"));
		assertThatThrownBy(() -> closings.close(id, providerAccount, terms(ClosingReason.STOPPED_BY_ORGANIZATION, 6,
				1), 0)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> closings.close(id, member.id(), terms(null, 6, 1), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> closings.close(id, member.id(), terms(ClosingReason.PLAN_DONE, 25, 1), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("months"));
		assertThatThrownBy(() -> closings.close(id, member.id(), terms(ClosingReason.PLAN_DONE, -1, 1), 0))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> closings.close(id, member.id(), terms(ClosingReason.PLAN_DONE, 6, 4), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("everyMonths"));
		assertThatThrownBy(() -> closings.close(id, member.id(),
				new Closing.Terms(ClosingReason.PLAN_DONE, "x".repeat(2001), 6, 1), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("note"));
		assertThatThrownBy(() -> closings.close(id, member.id(), terms(ClosingReason.PLAN_DONE, 6, 1), 7))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("engagement.stale"));
		// outsiders: as if it did not exist
		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		Person otherStaff = fixtures.create(true, Role.STAFF);
		for (UUID outsider : List.of(otherMember.id(), otherStaff.id(), UUID.randomUUID())) {
			assertThatThrownBy(() -> closings.close(id, outsider, terms(ClosingReason.PLAN_DONE, 6, 1), 0))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> closings.closing(id, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> checkIns.of(id, outsider)).isInstanceOf(NotFoundException.class);
		}
		// nothing was written
		assertThat(engagements.get(id, member.id()).phase()).isEqualTo(Phase.DISCOVER);
		assertThat(closings.closing(id, member.id())).isEmpty();
		assertThat(openEngagements()).isOne();
		assertThat(followUpStatuses(request)).containsOnly("DEFERRED");

		// the provider closes: keeping in touch, one slot freed, the surveys scheduled from today
		Closing closed = closings.close(id, providerAccount, new Closing.Terms(ClosingReason.STOPPED_BY_PROVIDER,
				"canary-We could not go on", 6, 2), 0);
		assertThat(closed.keepInTouchUntil()).isEqualTo(today.plusMonths(6));
		assertThat(closed.nextCheckIn()).isEqualTo(today.plusMonths(2));
		Engagement keeping = engagements.get(id, member.id());
		assertThat(keeping.phase()).isEqualTo(Phase.KEEPING_IN_TOUCH);
		assertThat(keeping.closedAt()).isNull();
		assertThat(openEngagements()).isZero();
		assertThat(jdbc.sql("select due_on from handoff_follow_up where request_id = :r and status = 'SCHEDULED' "
				+ "order by due_on").param("r", request).query(LocalDate.class).list())
			.containsExactly(today, today, today.plusDays(76));
		assertThat(closings.closing(id, member.id()).orElseThrow().note()).isEqualTo("canary-We could not go on");
		assertThat(new String(jdbc.sql("select note from engagement_closing where engagement_id = :e").param("e", id)
			.query(byte[].class).single(), StandardCharsets.ISO_8859_1)).doesNotContain("canary");

		// closing twice frees no second slot; the work cannot be taken up again by moving the phase
		assertThatThrownBy(() -> closings.close(id, staff.id(), terms(ClosingReason.PLAN_DONE, 6, 1),
				keeping.version())).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("engagement.closing.already"));
		assertThatThrownBy(() -> engagements.moveTo(id, member.id(), Phase.DISCOVER, keeping.version()))
			.isInstanceOf(InvalidInput.class);
		assertThat(openEngagements()).isZero();
	}

	@Test
	void noPeriodClosesAtOnceAndAProviderWithoutOpenEngagementsStaysAtNone() {
		Engagement engagement = engagements.openByHand(organization, provider.id(), staff.id());
		assertThat(openEngagements()).isZero();
		closings.close(engagement.id(), staff.id(), terms(ClosingReason.STOPPED_BY_ORGANIZATION, 0, 1), 0);
		Engagement closed = engagements.get(engagement.id(), member.id());
		assertThat(closed.phase()).isEqualTo(Phase.CLOSED);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closings.closing(engagement.id(), member.id()).orElseThrow().nextCheckIn()).isNull();
		assertThat(openEngagements()).isZero();
		assertThat(jdbc.sql("select to_phase from engagement_phase_change where engagement_id = :e order by changed_at")
			.param("e", engagement.id()).query(String.class).list()).containsExactly("DISCOVER", "CLOSED");
	}

	@Test
	void checkInsAreMailedWhenDueAnsweredOnceAndNeedHelpReachesStaffWithoutTheNote() {
		Engagement engagement = engagements.openByHand(organization, provider.id(), staff.id());
		UUID id = engagement.id();
		closings.close(id, member.id(), terms(ClosingReason.PLAN_DONE, 6, 1), 0);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		closings.runDue();
		assertThat(checkInCount(id)).as("nothing due before its day").isZero();

		jdbc.sql("update engagement_closing set next_check_in = :today where engagement_id = :e").param("today", today)
			.param("e", id).update();
		closings.runDue();
		assertThat(checkInCount(id)).isEqualTo(2);
		assertThat(closings.closing(id, member.id()).orElseThrow().nextCheckIn()).isEqualTo(today.plusMonths(1));
		closings.runDue();
		assertThat(checkInCount(id)).as("one check-in per side and due date").isEqualTo(2);

		// each side's people get their own link; the database keeps its digest only
		String mail = TestMail.awaitBody(member.username() + "@example.org", "/check-ins/");
		String token = mail.substring(mail.indexOf("/check-ins/") + "/check-ins/".length()).split("\\s")[0];
		String providerMail = TestMail.awaitBody(provider.email(), "/check-ins/");
		String providerToken = providerMail.substring(providerMail.indexOf("/check-ins/") + 11).split("\\s")[0];
		assertThat(token).isNotEqualTo(providerToken).hasSize(43);
		assertThat(jdbc.sql("select token_digest from engagement_check_in where engagement_id = :e").param("e", id)
			.query(String.class).list()).containsExactlyInAnyOrder(CheckIns.digest(token),
					CheckIns.digest(providerToken));
		assertThat(jdbc.sql("select count(*) from engagement_check_in where token_digest = :t").param("t", token)
			.query(Long.class).single()).isZero();
		assertThat(checkIns.link(token).state()).isEqualTo(CheckIns.LinkState.OPEN);
		assertThat(checkIns.link(token).side()).isEqualTo(Side.ORGANIZATION);
		assertThat(checkIns.link("not-a-token").state()).isEqualTo(CheckIns.LinkState.UNKNOWN);

		// the member may not answer the provider's side; a note too long is refused and changes nothing
		CheckIn providers = checkIns.of(id, member.id()).stream().filter(c -> c.side() == Side.PROVIDER).findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> checkIns.answer(id, member.id(), providers.id(), CheckInAnswer.ALL_WELL, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.checkIn.notYourSide"));
		assertThatThrownBy(() -> checkIns.answerByLink(token, CheckInAnswer.NEED_HELP, "x".repeat(1001)))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> checkIns.answerByLink(token, null, null)).isInstanceOf(InvalidInput.class);
		assertThat(checkIns.openAlerts()).noneMatch(a -> a.alert().engagementId().equals(id));

		// "need help" through the link, signed out: an alert for staff, and a mail that names no note
		checkIns.answerByLink(token, CheckInAnswer.NEED_HELP, "canary-Our site was taken down again");
		assertThat(checkIns.link(token).state()).isEqualTo(CheckIns.LinkState.ANSWERED);
		assertThatThrownBy(() -> checkIns.answerByLink(token, CheckInAnswer.ALL_WELL, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.checkIn.alreadyAnswered"));
		CheckIns.AlertView alert = checkIns.openAlerts().stream().filter(a -> a.alert().engagementId().equals(id))
			.findFirst().orElseThrow();
		assertThat(alert.alert().side()).isEqualTo(Side.ORGANIZATION);
		assertThat(alert.providerId()).isEqualTo(provider.id());
		String staffMail = TestMail.awaitBody(staff.username() + "@example.org", id.toString());
		assertThat(staffMail).contains("/staff/engagements/alerts").doesNotContain("canary");
		assertThat(checkIns.of(id, member.id())).filteredOn(c -> c.side() == Side.ORGANIZATION)
			.extracting(CheckIn::note).containsExactly("canary-Our site was taken down again");
		for (byte[] note : jdbc.sql("select note from engagement_check_in where engagement_id = :e and note is not null")
			.param("e", id).query(byte[].class).list()) {
			assertThat(new String(note, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
		}

		// staff mark it handled, once; who and when are kept
		checkIns.handle(alert.alert().id(), staff.id());
		assertThatThrownBy(() -> checkIns.handle(alert.alert().id(), staff.id())).isInstanceOf(InvalidInput.class);
		assertThat(jdbc.sql("select handled_by from engagement_alert where id = :a").param("a", alert.alert().id())
			.query(UUID.class).single()).isEqualTo(staff.id());
		assertThat(checkIns.openAlerts()).noneMatch(a -> a.alert().engagementId().equals(id));

		// an expired link says so and takes no answer; the provider answers on the page instead, signed in
		jdbc.sql("update engagement_check_in set expires_at = :past where id = :c")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60))).param("c", providers.id()).update();
		assertThat(checkIns.link(providerToken).state()).isEqualTo(CheckIns.LinkState.EXPIRED);
		assertThatThrownBy(() -> checkIns.answerByLink(providerToken, CheckInAnswer.ALL_WELL, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.checkIn.expired"));
		checkIns.answer(id, providerAccount, providers.id(), CheckInAnswer.ALL_WELL, null);
		assertThat(jdbc.sql("select answered_by from engagement_check_in where id = :c").param("c", providers.id())
			.query(UUID.class).single()).isEqualTo(providerAccount);

		// the period ends: the job closes the engagement
		jdbc.sql("update engagement_closing set keep_in_touch_until = :yesterday where engagement_id = :e")
			.param("yesterday", today.minusDays(1)).param("e", id).update();
		closings.runDue();
		Engagement closed = engagements.get(id, member.id());
		assertThat(closed.phase()).isEqualTo(Phase.CLOSED);
		assertThat(closed.closedAt()).isNotNull();

		// the organization's purge takes closings, check-ins and alerts with it
		organizations.destroyAsStaff(organization);
		for (String table : List.of("engagement_closing", "engagement_check_in", "engagement_alert")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = :o")
				.param("o", organization).query(Long.class).single()).as(table).isZero();
		}
	}

	private static Closing.Terms terms(ClosingReason reason, int months, int every) {
		return new Closing.Terms(reason, null, months, every);
	}

	private int openEngagements() {
		return jdbc.sql("select open_engagements from provider where id = :id").param("id", provider.id())
			.query(Integer.class).single();
	}

	private long checkInCount(UUID engagement) {
		return jdbc.sql("select count(*) from engagement_check_in where engagement_id = :e").param("e", engagement)
			.query(Long.class).single();
	}

	private void scheduleFollowUp(UUID request, int round, String side, LocalDate dueOn) {
		jdbc.sql("""
				insert into handoff_follow_up (id, request_id, provider_id, round, side, due_on, status, version)
				values (:id, :r, :p, :round, :side, :due, 'SCHEDULED', 0)""")
			.param("id", UUID.randomUUID())
			.param("r", request)
			.param("p", provider.id())
			.param("round", round)
			.param("side", side)
			.param("due", dueOn)
			.update();
	}

	private List<String> followUpStatuses(UUID request) {
		return jdbc.sql("select status from handoff_follow_up where request_id = :r").param("r", request)
			.query(String.class).list();
	}

}
