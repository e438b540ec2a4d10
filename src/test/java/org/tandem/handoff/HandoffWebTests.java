package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.handoff.domain.Confirmations;
import org.tandem.handoff.domain.FollowUps;
import org.tandem.handoff.domain.Offers;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.Role;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/**
 * Handoffs over HTTP, on H2 and PostgreSQL: offers in order, declines and expiry moving on and back to staff, who
 * may reach what; the journey without anonymity to follow-ups answered by both sides; the JSON API; the outbox.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tandem.test.file-database=true",
		"tandem.test.context=handoff-web" })
class HandoffWebTests extends HandoffTestSupport {

	@org.springframework.beans.factory.annotation.Value("${tandem.data-dir}")
	java.nio.file.Path dataDir;

	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	String url;

	@Autowired
	Offers offers;

	@Autowired
	Confirmations confirmations;

	@Autowired
	FollowUps followUps;

	@Autowired
	org.tandem.handoff.domain.ContactRecords records;

	@Autowired
	MailOutbox outbox;

	@Test
	void declinedAndExpiredOffersMoveOnThenBackToStaffAndOnlyTheirProviderReachesAnOffer() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider first = provider("First " + tag);
		ActiveProvider second = provider("Second " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, true, Map.of());
		// choosing providers and sending the offer are activity: the request's inactivity period starts again
		idleAMonth(requester.id());
		choose(staff, requester.id(), List.of(first.id(), second.id()));
		assertThat(justActive(requester.id())).isTrue();

		UUID firstOffer = offer(requester.id(), first.id());
		UUID secondOffer = offer(requester.id(), second.id());
		assertThat(offerStatus(firstOffer)).isEqualTo("OPEN");
		assertThat(offerStatus(secondOffer)).isEqualTo("QUEUED");
		// the provider's mail: a link, nothing about who asked
		String mail = TestMail.awaitBody(first.email(), "/provider/handoffs/" + firstOffer);
		assertThat(mail).doesNotContain("canary").doesNotContain(requester.reference());
		// the offer page is blind
		WebSession.Page page = first.web().get("/provider/handoffs/" + firstOffer);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().selectFirst("#brief").text()).contains("Account security").contains("Mexico")
			.contains("Spanish");
		assertThat(page.text()).doesNotContain("canary").doesNotContain(requester.reference());

		// another provider, a staff member and someone signed out cannot reach or answer it
		assertThat(second.web().get("/provider/handoffs/" + firstOffer).status()).isEqualTo(404);
		second.web().get("/provider/handoffs");
		assertThat(second.web().post("/provider/handoffs/" + firstOffer + "/accept", Map.of()).status()).isEqualTo(404);
		assertThat(staff.get("/provider/handoffs/" + firstOffer).status()).isEqualTo(403);
		assertThat(visitor().get("/provider/handoffs/" + firstOffer).redirect()).contains("/login");
		assertThat(offerStatus(firstOffer)).isEqualTo("OPEN");
		// another request's status link reaches nothing of this one
		Requester other = requester(staff, true, Map.of());
		assertThat(other.web().post(requester.path() + "/contact", Map.of("reached", "1")).redirect())
			.endsWith(requester.path());
		assertThat(other.web().post(other.path() + "/contact", Map.of("reached", "1")).status()).isEqualTo(404);
		assertThat(requester.web().get(other.path() + "/introduction").redirect()).endsWith(other.path());

		// declining needs a reason; the note is kept
		first.web().get("/provider/handoffs/" + firstOffer);
		WebSession.Page refused = first.web().post("/provider/handoffs/" + firstOffer + "/decline",
				Map.of("reason", "", "note", "Busy until March"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().selectFirst("textarea[name=note]").text()).isEqualTo("Busy until March");
		assertThat(refused.text()).contains("Please choose a reason.").doesNotContain("Exception");
		idleAMonth(requester.id());
		assertThat(first.web().post("/provider/handoffs/" + firstOffer + "/decline",
				Map.of("reason", "NO_CAPACITY", "note", "canary-Busy until March")).redirect()).contains("declined");
		assertThat(justActive(requester.id())).isTrue();
		assertThat(offerStatus(firstOffer)).isEqualTo("DECLINED");
		assertThat(jdbc.sql("select decline_note from handoff_offer where id = :id").param("id", firstOffer)
			.query(byte[].class).single()).isNotNull();
		// the next provider in the order gets it
		assertThat(offerStatus(secondOffer)).isEqualTo("OPEN");
		TestMail.awaitBody(second.email(), "/provider/handoffs/" + secondOffer);
		assertThat(staff.get("/staff/requests/" + requester.id() + "/handoff").html().selectFirst("#offers").text())
			.contains("Declined").contains("No capacity at the moment").contains("canary-Busy until March");

		// no answer by the deadline counts as declined: nobody is left, so back to staff, who are told
		jdbc.sql("update handoff_offer set deadline = :past where id = :id")
			.param("past", Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC))
			.param("id", secondOffer)
			.update();
		assertThat(second.web().post("/provider/handoffs/" + secondOffer + "/accept", Map.of()).text())
			.contains("The time to answer this offer has passed.");
		assertThat(offers.expireDue()).isGreaterThanOrEqualTo(1);
		assertThat(offerStatus(secondOffer)).isEqualTo("EXPIRED");
		assertThat(stage(requester.id())).isEqualTo("NO_PROVIDER");
		assertThat(requestStatus(requester.id())).isEqualTo("ASSESSING");
		WebSession.Page list = staff.get("/staff/handoffs");
		assertThat(list.html().selectFirst("#in-flight").text()).contains(requester.reference())
			.contains("Every chosen provider declined: choose again");
		// staff choose again: the first provider gets a new offer
		choose(staff, requester.id(), List.of(first.id()));
		assertThat(stage(requester.id())).isEqualTo("OFFERING");
		assertThat(jdbc.sql("select count(*) from handoff_offer where request_id = :r and provider_id = :p and status = 'OPEN'")
			.param("r", requester.id()).param("p", first.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anEmergencyOfferHasTheShorterDeadline() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider first = provider("Emergency " + tag);
		ActiveProvider second = provider("Urgent " + tag);
		WebSession staff = staff();
		Requester emergency = requester(staff, true, Map.of("urgency", "EMERGENCY"));
		Requester urgent = requester(staff, true, Map.of());
		choose(staff, emergency.id(), List.of(first.id()));
		choose(staff, urgent.id(), List.of(second.id()));
		assertThat(timeToAnswer(offer(emergency.id(), first.id()))).isEqualTo(java.time.Duration.ofHours(24));
		assertThat(timeToAnswer(offer(urgent.id(), second.id()))).isEqualTo(java.time.Duration.ofHours(72));
	}

	private java.time.Duration timeToAnswer(UUID offer) {
		return jdbc.sql("select sent_at, deadline from handoff_offer where id = :id")
			.param("id", offer)
			.query((row, n) -> java.time.Duration.between(row.getTimestamp("sent_at").toInstant(),
					row.getTimestamp("deadline").toInstant()))
			.single();
	}

	@Test
	void withoutAnonymityContactConfirmedLeadsToFollowUpsAnsweredByBothSides() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Follow " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, false, Map.of("email", "org-" + tag + "@example.org"));
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		assertThat(requester.web().get(requester.path()).html().select("section.card")).isEmpty();

		provider.web().get("/provider/handoffs");
		assertThat(provider.web().get("/provider/handoffs").html().selectFirst("#offers-waiting")).isNotNull();
		provider.web().get("/provider/handoffs/" + offer);
		idleAMonth(requester.id());
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect()).contains("accepted");
		assertThat(stage(requester.id())).isEqualTo("ACCEPTED");
		assertThat(justActive(requester.id())).as("an answered offer is activity").isTrue();

		// the organization chooses what to share; sharing no way to reach it is refused, and what was typed stays
		WebSession.Page status = requester.web().get(requester.path());
		assertThat(status.html().selectFirst("section.card").text()).contains("A provider accepted");
		WebSession.Page choosing = requester.web().get(requester.path() + "/introduction");
		assertThat(choosing.text()).contains("Follow " + tag);
		assertThat(choosing.html().select("input[name=reveal]")).extracting(e -> e.val())
			.contains("ORGANIZATION", "EMAIL", "SIGNAL");
		// the way to reach them is the one chosen on the request form (Signal), not the first one given (email)
		assertThat(choosing.html().select("input[name=channel][checked]")).extracting(e -> e.val())
			.containsExactly("SIGNAL");
		WebSession.Page refused = requester.web().post(requester.path() + "/introduction",
				Map.of("reveal", "ORGANIZATION", "channel", "SIGNAL", "message", "canary-Call after six"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("Share at least one way to reach you");
		// the list at the top links to the field that needs attention
		assertThat(refused.html().select("#error-summary a")).extracting(e -> e.attr("href") + " " + e.text())
			.containsExactly("#reveal What may the provider see: Share at least one way to reach you: an email address, "
					+ "Signal or a phone number.");
		assertThat(refused.html().selectFirst("#reveal").attr("tabindex")).isEqualTo("-1");
		assertThat(refused.html().selectFirst("textarea[name=message]").text()).isEqualTo("canary-Call after six");
		assertThat(count("handoff_introduction", requester.id())).isZero();
		WebSession.Page introduced = requester.web().post(requester.path() + "/introduction",
				Map.of("reveal", "SIGNAL", "channel", "SIGNAL", "message", "canary-Call after six"));
		assertThat(introduced.redirect()).as(introduced.text()).contains("introduced");
		assertThat(stage(requester.id())).isEqualTo("INTRODUCED");
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");
		assertThat(jdbc.sql("select open_engagements from provider where id = :id").param("id", provider.id())
			.query(Integer.class).single()).isEqualTo(1);
		// no engagement tracks this work yet, so the provider may say it ended (once an engagement is opened for it,
		// only its closing frees the slot: ProviderSlotWebTests)
		assertThat(provider.web().get("/provider").html().selectFirst("#open-engagements").text()).endsWith("1");
		assertThat(provider.web().get("/provider").html().select("#engagement-ended")).hasSize(1);

		// the organization sees the provider's contact details; the provider sees only what was shared
		WebSession.Page mine = requester.web().get(requester.path() + "/introduction");
		assertThat(mine.html().selectFirst("#provider-email").text()).isEqualTo(provider.email());
		WebSession.Page theirs = provider.web().get("/provider/handoffs/" + offer);
		assertThat(theirs.html().selectFirst("#introduction").text()).contains("+52 55 5555 0101")
			.contains("canary-Call after six").doesNotContain("Radio Sur");
		assertThat(theirs.text()).contains(requester.reference());
		// the mail carries the introduction encrypted to the provider's key, and nothing in the clear
		String mail = TestMail.awaitBody(provider.email(), "BEGIN PGP MESSAGE");
		assertThat(mail).doesNotContain("canary").doesNotContain("+52 55").contains("/provider/handoffs/" + offer);
		assertThat(org.tandem.support.OpenPgpTestKeys.decrypt(mail)).contains("Hello Follow " + tag)
			.contains("Signal: +52 55 5555 0101").contains("Message: canary-Call after six").doesNotContain("Radio Sur");

		// both sides confirm: follow-ups are scheduled, two rounds for each side
		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/contact", Map.of("reached", "maybe")).status()).isEqualTo(400);
		assertThat(requester.web().post(requester.path() + "/contact", Map.of("reached", "1")).redirect())
			.contains("answered");
		assertThat(stage(requester.id())).isEqualTo("INTRODUCED");
		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1")).redirect())
			.contains("answered");
		assertThat(stage(requester.id())).isEqualTo("FOLLOWING_UP");
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");
		assertThat(count("handoff_follow_up", requester.id())).isEqualTo(4);
		assertThat(jdbc.sql("select min(due_on) from handoff_follow_up where request_id = :r").param("r", requester.id())
			.query(LocalDate.class).single()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30));

		// the follow-ups fall due: both sides are asked and answer
		jdbc.sql("update handoff_follow_up set due_on = :today where request_id = :r")
			.param("today", LocalDate.now(ZoneOffset.UTC)).param("r", requester.id()).update();
		assertThat(followUps.runFollowUps()).isGreaterThanOrEqualTo(4);
		List<UUID> providerSurveys = jdbc.sql("select id from handoff_follow_up where request_id = :r and side = 'PROVIDER' order by round")
			.param("r", requester.id()).query(UUID.class).list();
		TestMail.awaitBody(provider.email(), "/provider/handoffs/follow-ups/" + providerSurveys.get(0));
		for (UUID survey : providerSurveys) {
			provider.web().get("/provider/handoffs/follow-ups/" + survey);
			WebSession.Page bad = provider.web().post("/provider/handoffs/follow-ups/" + survey,
					Map.of("planResulted", "YES", "workDone", "canary-Moved the team to hardware keys", "recommends", "YES"));
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.html().selectFirst("textarea[name=workDone]").text()).isEqualTo("canary-Moved the team to hardware keys");
			assertThat(provider.web().post("/provider/handoffs/follow-ups/" + survey, Map.of("planResulted", "YES",
					"workDone", "canary-Moved the team to hardware keys", "usefulness", "5", "recommends", "YES"))
				.redirect()).contains("surveyed");
		}
		WebSession.Page withSurveys = requester.web().get(requester.path());
		var links = withSurveys.html().select("section.card a.button[href*=/follow-ups/]");
		assertThat(links).hasSize(2);
		for (var link : links) {
			String path = link.attr("href");
			requester.web().get(path);
			assertThat(requester.web().post(path, Map.of("planResulted", "UNSURE", "usefulness", "4",
					"recommends", "YES", "comment", "canary-Thank you")).redirect()).contains("surveyed");
		}
		assertThat(stage(requester.id())).isEqualTo("CLOSED");
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");
		WebSession.Page answers = staff.get("/staff/requests/" + requester.id() + "/handoff");
		assertThat(answers.html().selectFirst("#follow-ups").text()).contains("canary-Moved the team to hardware keys")
			.contains("canary-Thank you");
		assertThat(jdbc.sql("select work_done from handoff_follow_up where request_id = :r and side = 'PROVIDER' and round = 1")
			.param("r", requester.id()).query(byte[].class).single()).isNotNull();
	}

	@Test
	void anonymousContactRecordedByStaffAgainstANotYetWaitsItsGracePeriodThenPurgesAndKeepsOnlyCounters()
			throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Purge " + tag);
		WebSession staff = staff();
		org.tandem.support.CanaryScan scan = new org.tandem.support.CanaryScan(jdbc, dataDir, url);
		scan.freshWriteAheadLog();
		Instant start = Instant.now().minusSeconds(1);
		List<String> markers = new java.util.ArrayList<>();
		Requester requester = requester(staff, true, Map.of("organizationName", org.tandem.support.CanaryScan.marker(markers),
				"description", org.tandem.support.CanaryScan.marker(markers)));
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		long tallies = jdbc.sql("select coalesce(sum(handoffs), 0) from handoff_tally").query(Long.class).single();
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of());
		requester.web().get(requester.path() + "/introduction");
		requester.web().post(requester.path() + "/introduction", Map.of("reveal", "ORGANIZATION,SIGNAL", "channel",
				"SIGNAL", "message", org.tandem.support.CanaryScan.marker(markers)));
		assertThat(provider.web().get("/provider/handoffs/" + offer).text()).contains(markers.get(0));
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "0"));
		assertThat(stage(requester.id())).isEqualTo("CONTACT_FAILED");
		assertThat(staff.get("/staff/handoffs").html().selectFirst("#in-flight").text())
			.contains("A side says contact was not made");
		String handoffPage = "/staff/requests/" + requester.id() + "/handoff";
		assertThat(staff.get(handoffPage).html().selectFirst("#grace-hint").text()).contains("72 hours");

		// recording contact against the provider's "not yet" without a reason: refused, nothing written
		WebSession.Page refused = staff.post(handoffPage + "/confirm", Map.of("reason", "   "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().selectFirst("#reason-error").text())
			.isEqualTo("A side answered “not yet”: say why you record contact anyway.");
		String tooLong = "canary-" + "x".repeat(2001);
		WebSession.Page overlong = staff.post(handoffPage + "/confirm", Map.of("reason", tooLong));
		assertThat(overlong.status()).isEqualTo(400);
		assertThat(overlong.html().selectFirst("#reason-error").text()).isEqualTo("This is too long.");
		assertThat(overlong.html().selectFirst("textarea#reason").text()).isEqualTo(tooLong);
		assertThat(stage(requester.id())).isEqualTo("CONTACT_FAILED");
		assertThat(jdbc.sql("select count(*) from handoff where request_id = :r and staff_reason is null and grace_until is null")
			.param("r", requester.id()).query(Long.class).single()).isOne();
		// nor may staff get round it on the request's own page: contact is the handoff's to record
		staff.get("/staff/requests/" + requester.id());
		WebSession.Page onRequestPage = staff.post("/staff/requests/" + requester.id() + "/status",
				Map.of("to", "CONTACT_CONFIRMED"));
		assertThat(onRequestPage.status()).isEqualTo(400);
		assertThat(stage(requester.id())).isEqualTo("CONTACT_FAILED");
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");

		// with a reason: it waits, sealed; nothing is purged, and the organization's status page says so
		String reason = org.tandem.support.CanaryScan.marker(markers);
		assertThat(staff.post(handoffPage + "/confirm", Map.of("reason", reason)).redirect()).contains("done=recorded");
		assertThat(stage(requester.id())).isEqualTo("CONTACT_RECORDED");
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");
		assertThat(new String(jdbc.sql("select staff_reason from handoff where request_id = :r").param("r", requester.id())
			.query(byte[].class).single(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(reason);
		WebSession.Page pending = staff.get(handoffPage);
		assertThat(pending.html().selectFirst("#recorded").text()).contains("the anonymous request is purged")
			.contains(reason);
		assertThat(pending.html().selectFirst("#grace-until").attr("datetime")).isNotEmpty();
		assertThat(staff.get("/staff/handoffs").html().selectFirst("#in-flight").text())
			.contains("Contact recorded by staff, waiting for the organization").contains("until");
		WebSession.Page status = requester.web().get(requester.path());
		var notice = status.html().select("section.card").stream()
			.filter(section -> section.text().contains("Staff recorded that you are in contact")).findFirst().orElseThrow();
		assertThat(notice.text()).contains("note them now");
		assertThat(notice.selectFirst("bdi time").attr("datetime")).isNotEmpty();
		assertThat(notice.selectFirst("form").attr("action")).endsWith(requester.path() + "/contact/not-in-contact");
		assertThat(jdbc.sql("select count(*) from help_request where id = :r").param("r", requester.id())
			.query(Long.class).single()).isOne();
		// a second record, or the request page, cannot shorten the wait
		assertThat(staff.post(handoffPage + "/confirm", Map.of("reason", "again")).status()).isEqualTo(409);
		staff.get("/staff/requests/" + requester.id());
		assertThat(staff.post("/staff/requests/" + requester.id() + "/status", Map.of("to", "CONTACT_CONFIRMED"))
			.status()).isEqualTo(400);
		assertThat(stage(requester.id())).isEqualTo("CONTACT_RECORDED");
		// before the grace period ends the job leaves it
		assertThat(records.finishDue()).isZero();
		assertThat(stage(requester.id())).isEqualTo("CONTACT_RECORDED");

		// once it has ended, the job confirms contact and purges the request, leaving a receipt
		jdbc.sql("update handoff set grace_until = :past where request_id = :r")
			.param("past", Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC)).param("r", requester.id()).update();
		assertThat(records.finishDue()).isEqualTo(1);
		for (String table : List.of("help_request", "handoff", "handoff_offer", "handoff_introduction",
				"handoff_follow_up", "match_choice")) {
			String column = table.equals("help_request") ? "id" : "request_id";
			assertThat(jdbc.sql("select count(*) from " + table + " where " + column + " = :r").param("r", requester.id())
				.query(Long.class).single()).as(table).isZero();
		}
		// counters are cells with a count: this handoff adds one to its cell
		assertThat(jdbc.sql("select coalesce(sum(handoffs), 0) from handoff_tally").query(Long.class).single())
			.isEqualTo(tallies + 1);
		WebSession.Page destroyed = requester.web().get(requester.path());
		assertThat(destroyed.html().selectFirst("h1").text()).isEqualTo("This request was destroyed");
		String receipt = destroyed.html().selectFirst("a[href^=/privacy/receipts/]").attr("href");
		assertThat(requester.web().get(receipt).status()).isEqualTo(200);
		// the provider's offer is gone with it, and no marker is left anywhere
		assertThat(provider.web().get("/provider/handoffs/" + offer).status()).isEqualTo(404);
		scan.assertNoMarkerAnywhere(markers, start);
	}

	@Test
	void theOrganizationMayAskForTheNextProviderAndStaffMayRecordContactOnTheHandoffPage() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider first = provider("Not this one " + tag);
		ActiveProvider second = provider("This one " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, false, Map.of());
		choose(staff, requester.id(), List.of(first.id(), second.id()));
		UUID firstOffer = offer(requester.id(), first.id());
		first.web().get("/provider/handoffs/" + firstOffer);
		first.web().post("/provider/handoffs/" + firstOffer + "/accept", Map.of());
		assertThat(first.web().get("/provider/handoffs").html().selectFirst("#awaiting-introduction")).isNotNull();

		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/introduction/decline", Map.of()).redirect())
			.endsWith(requester.path());
		assertThat(offerStatus(firstOffer)).isEqualTo("WITHDRAWN");
		UUID secondOffer = offer(requester.id(), second.id());
		assertThat(offerStatus(secondOffer)).isEqualTo("OPEN");
		assertThat(count("handoff_introduction", requester.id())).isZero();
		second.web().get("/provider/handoffs/" + secondOffer);
		second.web().post("/provider/handoffs/" + secondOffer + "/accept", Map.of());
		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/introduction",
				Map.of("reveal", "SIGNAL", "channel", "SIGNAL")).redirect()).contains("introduced");
		// the first provider never sees the introduction
		assertThat(first.web().get("/provider/handoffs/" + firstOffer).html().selectFirst("#introduction")).isNull();

		// nobody says whether contact was made: after a week both are reminded, after two staff are alerted
		setIntroducedDaysAgo(requester.id(), 8);
		assertThat(confirmations.remindAboutContact()).isPositive();
		TestMail.awaitBody(second.email(), "whether you reached the organization");
		assertThat(jdbc.sql("select reminded_at from handoff where request_id = :r").param("r", requester.id())
			.query(java.time.OffsetDateTime.class).optional()).isPresent();
		assertThat(staff.get("/staff/handoffs").html().selectFirst("#in-flight").text())
			.contains("Contact not confirmed after a reminder");
		assertThat(jdbc.sql("select count(*) from handoff where request_id = :r and staff_alerted_at is null")
			.param("r", requester.id()).query(Long.class).single()).isOne();
		setIntroducedDaysAgo(requester.id(), 15);
		assertThat(confirmations.remindAboutContact()).isPositive();
		assertThat(jdbc.sql("select count(*) from handoff where request_id = :r and staff_alerted_at is not null")
			.param("r", requester.id()).query(Long.class).single()).isOne();
		assertThat(second.web().get("/provider/handoffs").html().selectFirst("#confirming")).isNotNull();

		// staff record contact on the handoff's page: the handoff counts it and follows up
		staff.get("/staff/requests/" + requester.id() + "/handoff");
		assertThat(staff.post("/staff/requests/" + requester.id() + "/handoff/confirm",
				Map.of("reason", "Both told us on the phone")).redirect()).contains("done=confirm");
		assertThat(stage(requester.id())).isEqualTo("FOLLOWING_UP");
		assertThat(count("handoff_follow_up", requester.id())).isEqualTo(4);

		// surveys nobody answers lapse after 30 days, and the request closes
		jdbc.sql("update handoff_follow_up set due_on = :today where request_id = :r")
			.param("today", LocalDate.now(ZoneOffset.UTC)).param("r", requester.id()).update();
		followUps.runFollowUps();
		assertThat(jdbc.sql("select count(*) from handoff_follow_up where request_id = :r and status = 'OPEN'")
			.param("r", requester.id()).query(Long.class).single()).isEqualTo(4);
		jdbc.sql("update handoff_follow_up set opened_at = :at where request_id = :r")
			.param("at", Instant.now().minus(java.time.Duration.ofDays(31)).atOffset(ZoneOffset.UTC))
			.param("r", requester.id())
			.update();
		followUps.runFollowUps();
		assertThat(jdbc.sql("select count(*) from handoff_follow_up where request_id = :r and status = 'LAPSED'")
			.param("r", requester.id()).query(Long.class).single()).isEqualTo(4);
		assertThat(stage(requester.id())).isEqualTo("CLOSED");
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");
	}

	@Test
	void aRequestSentBackToAssessmentTakesBackEveryOfferAndAnInactiveProviderCannotAccept() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider first = provider("Taken back " + tag);
		ActiveProvider second = provider("Paused " + tag);
		ActiveProvider third = provider("Third " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, false, Map.of());
		choose(staff, requester.id(), List.of(first.id()));
		UUID firstOffer = offer(requester.id(), first.id());
		first.web().get("/provider/handoffs/" + firstOffer);
		first.web().post("/provider/handoffs/" + firstOffer + "/accept", Map.of());

		// staff send the request back to assessment: the acceptance is taken back too
		staff.get("/staff/requests/" + requester.id());
		assertThat(staff.post("/staff/requests/" + requester.id() + "/status", Map.of("to", "ASSESSING")).redirect())
			.contains("moved");
		assertThat(offerStatus(firstOffer)).isEqualTo("WITHDRAWN");
		assertThat(stage(requester.id())).isEqualTo("WITHDRAWN");

		// a provider who paused cannot accept
		choose(staff, requester.id(), List.of(second.id(), third.id()));
		UUID secondOffer = offer(requester.id(), second.id());
		second.web().get("/provider");
		assertThat(second.web().post("/provider/pause", Map.of()).redirect()).contains("done=pause");
		second.web().get("/provider/handoffs/" + secondOffer);
		WebSession.Page refused = second.web().post("/provider/handoffs/" + secondOffer + "/accept", Map.of());
		assertThat(refused.html().selectFirst("#offer-error").text())
			.isEqualTo("You can accept offers only while you are active with the hub. You can still decline.");
		second.web().post("/provider/handoffs/" + secondOffer + "/decline", Map.of("reason", "NO_CAPACITY"));

		UUID thirdOffer = offer(requester.id(), third.id());
		third.web().get("/provider/handoffs/" + thirdOffer);
		third.web().post("/provider/handoffs/" + thirdOffer + "/accept", Map.of());
		WebSession.Page choosing = requester.web().get(requester.path() + "/introduction");
		assertThat(choosing.text()).contains("Third " + tag).doesNotContain("Taken back " + tag);
		requester.web().post(requester.path() + "/introduction", Map.of("reveal", "SIGNAL", "channel", "SIGNAL"));
		assertThat(jdbc.sql("select provider_id from handoff_introduction where request_id = :r")
			.param("r", requester.id()).query(UUID.class).single()).isEqualTo(third.id());
		// the provider whose acceptance was taken back sees nothing and cannot answer for the introduction
		assertThat(first.web().get("/provider/handoffs/" + firstOffer).html().selectFirst("#introduction")).isNull();
		first.web().get("/provider/handoffs/" + firstOffer);
		assertThat(first.web().post("/provider/handoffs/" + firstOffer + "/contact", Map.of("reached", "1")).status())
			.isEqualTo(400);
		assertThat(stage(requester.id())).isEqualTo("INTRODUCED");
	}

	private void setIntroducedDaysAgo(UUID request, int days) {
		jdbc.sql("update handoff set introduced_at = :at where request_id = :r")
			.param("at", Instant.now().minus(java.time.Duration.ofDays(days)).atOffset(ZoneOffset.UTC))
			.param("r", request)
			.update();
	}

	@Test
	void theApiLetsProvidersAnswerTheirOwnOffersAndStaffReadHandoffs() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Api " + tag);
		ActiveProvider other = provider("Other api " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, true, Map.of());
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		String read = token(provider.web(), "offers:read");
		String write = token(provider.web(), "offers:write");
		String otherWrite = token(other.web(), "offers:write");
		String staffRead = token(staff, "handoffs:read");
		assertThat(token(staff, "offers:read")).isNull();

		var desk = visitor().send(apiRequest("/api/v1/offers", read).GET().build());
		assertThat(desk.status()).as(desk.body()).isEqualTo(200);
		assertThat(desk.body()).contains(offer.toString());
		var detail = visitor().send(apiRequest("/api/v1/offers/" + offer, read).GET().build());
		assertThat(detail.body()).contains("ACCOUNT_SECURITY").doesNotContain("canary").doesNotContain(requester.reference());
		assertThat(visitor().send(apiRequest("/api/v1/offers/" + offer + "/acceptance", read).POST(empty()).build()).status())
			.isEqualTo(403);
		assertThat(visitor().send(apiRequest("/api/v1/offers/" + offer + "/acceptance", otherWrite).POST(empty()).build())
			.status()).isEqualTo(404);
		var bad = visitor().send(apiRequest("/api/v1/offers/" + offer + "/decline", write).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Please choose a reason.").doesNotContain("Exception");
		var accepted = visitor().send(apiRequest("/api/v1/offers/" + offer + "/acceptance", write).POST(empty()).build());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"ACCEPTED\"");
		var inFlight = visitor().send(apiRequest("/api/v1/handoffs", staffRead).GET().build());
		assertThat(inFlight.body()).contains(requester.reference()).contains("\"ACCEPTED\"");
		assertThat(visitor().send(apiRequest("/api/v1/handoffs/" + requester.id(), staffRead).GET().build()).body())
			.contains(offer.toString());
		assertThat(visitor().send(apiRequest("/api/v1/handoffs", read).GET().build()).status()).isEqualTo(403);
		assertThat(visitor().send(apiRequest("/api/v1/handoffs/" + requester.id() + "/confirmation", staffRead).POST(empty())
			.build()).status()).isEqualTo(403);
	}

	@Test
	void deadLettersAreShownToStaffToRetryOrDiscard() {
		UUID owner = UUID.randomUUID();
		outbox.enqueue("dead-" + UUID.randomUUID() + "@example.org", "Dead letter test", "Body", owner);
		UUID id = jdbc.sql("select id from mail_outbox where owner_id = :owner").param("owner", owner)
			.query(UUID.class).single();
		jdbc.sql("update mail_outbox set dead_at = created_at, attempts = 8, last_error = 'MailSendException' where id = :id")
			.param("id", id).update();
		WebSession staff = staff();
		WebSession.Page page = staff.get("/staff/mail");
		assertThat(page.html().selectFirst("#dead-letters").text()).contains("d•••@example.org").contains("Dead letter test").contains("MailSendException")
			.doesNotContain("dead-");
		assertThat(staff.post("/staff/mail/" + id + "/retry", Map.of()).redirect()).contains("retry");
		assertThat(jdbc.sql("select count(*) from mail_outbox where id = :id and dead_at is null and attempts = 0")
			.param("id", id).query(Long.class).single()).isOne();
		assertThat(staff.post("/staff/mail/" + id + "/discard", Map.of()).redirect()).contains("gone");
		assertThat(signedIn(Role.PROVIDER).get("/staff/mail").status()).isEqualTo(403);
		assertThat(outbox.backlog().configured()).isTrue();
	}

	private static java.net.http.HttpRequest.BodyPublisher empty() {
		return java.net.http.HttpRequest.BodyPublishers.noBody();
	}

}
