package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.handoff.domain.ContactRecords;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/**
 * The safeguards before a handoff's irreversible step, over HTTP on H2 and PostgreSQL: staff's record of contact a
 * side has not confirmed waits a grace period the organization can end by saying it is not in contact (only through
 * its own status link); the organization's own yes still purges at once, after a page that shows what to note; the
 * provider is told the organization's details will be gone; the JSON API asks for the same reason.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = PurgeContext.OWN)
class ContactSafeguardWebTests extends HandoffTestSupport {

	@Autowired
	ContactRecords records;

	@Test
	void theOrganizationMaySayItIsNotInContactWhichCancelsTheRecordAndOnlyThroughItsOwnLink() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Grace " + tag);
		AccountFixtures.Person staffMember = fixtures.create(true, Role.STAFF);
		WebSession staff = visitor();
		AccountFixtures.signIn(staff, staffMember);
		Requester requester = introduced(staff, provider, true);
		requester.web().get(requester.path() + "/introduction");
		requester.web().post(requester.path() + "/contact", Map.of("reached", "0"));
		assertThat(stage(requester.id())).isEqualTo("CONTACT_FAILED");
		String handoffPage = "/staff/requests/" + requester.id() + "/handoff";
		staff.get(handoffPage);
		assertThat(staff.post(handoffPage + "/confirm", Map.of("reason", "She told me on the phone")).redirect())
			.contains("done=recorded");
		assertThat(stage(requester.id())).isEqualTo("CONTACT_RECORDED");

		// another request's link, a visitor without the code and a signed-in provider reach nothing of it
		Requester other = requester(staff, true, Map.of());
		String action = requester.path() + "/contact/not-in-contact";
		assertThat(other.web().post(action, Map.of()).redirect()).endsWith(requester.path());
		assertThat(other.web().get(requester.path() + "/contact/yes").redirect()).endsWith(requester.path());
		assertThat(other.web().post(other.path() + "/contact/not-in-contact", Map.of()).status()).isEqualTo(404);
		WebSession stranger = visitor();
		stranger.get(requester.path());
		assertThat(stranger.post(action, Map.of()).redirect()).endsWith(requester.path());
		provider.web().get("/provider/handoffs");
		assertThat(provider.web().post(action, Map.of()).redirect()).endsWith(requester.path());
		assertThat(stage(requester.id())).isEqualTo("CONTACT_RECORDED");

		// the organization itself: the record is cancelled, staff are told, nothing is purged
		WebSession.Page status = requester.web().get(requester.path());
		assertThat(status.text()).contains("Staff recorded that you are in contact");
		WebSession.Page cancelled = requester.web().post(action, Map.of());
		assertThat(cancelled.redirect()).endsWith(requester.path() + "/introduction?notInContact");
		assertThat(requester.web().get(requester.path() + "/introduction?notInContact").html().selectFirst(".notice.ok")
			.text()).isEqualTo("Thank you. The record is cancelled and staff are told; nothing was destroyed.");
		assertThat(stage(requester.id())).isEqualTo("CONTACT_FAILED");
		assertThat(jdbc.sql("select count(*) from handoff where request_id = :r and record_cancelled_at is not null "
				+ "and staff_reason is null and grace_until is null and requester_contact = false")
			.param("r", requester.id()).query(Long.class).single()).isOne();
		TestMail.awaitBody(staffMember.username() + "@example.org",
				requester.reference() + ": the organization says it is not in contact");
		assertThat(staff.get("/staff/handoffs").html().selectFirst("#in-flight").text())
			.contains("The organization says it is not in contact: the staff record was cancelled");
		assertThat(staff.get(handoffPage).html().selectFirst("#record-cancelled")).isNotNull();
		assertThat(requester.web().get(requester.path()).text()).doesNotContain("Staff recorded that you are in contact");
		// the job has nothing to finish, and saying it again changes nothing
		records.finishDue();
		assertThat(stage(requester.id())).isEqualTo("CONTACT_FAILED");
		assertThat(requester.web().post(action, Map.of()).redirect()).endsWith(requester.path());
		assertThat(count("help_request", "id", requester.id())).isOne();
	}

	@Test
	void theOrganizationsOwnYesPurgesAtOnceAfterAPageThatShowsWhatToNoteAndTheProviderIsWarned() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Note Now " + tag);
		WebSession staff = staff();
		Requester requester = introduced(staff, provider, true);
		UUID offer = offer(requester.id(), provider.id());

		// the provider is told the organization's details will be gone once both confirmed
		WebSession.Page offerPage = provider.web().get("/provider/handoffs/" + offer);
		assertThat(offerPage.html().selectFirst("#contact #organization-gone").text())
			.contains("once you have both confirmed contact, what it shared with you will be gone from Tandem");
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1")).redirect())
			.contains("answered");

		// the organization's yes is a link to a page with the provider's details and "note these now"
		WebSession.Page introduction = requester.web().get(requester.path() + "/introduction");
		assertThat(introduction.html().selectFirst("a#reached-yes").attr("href")).endsWith(requester.path() + "/contact/yes");
		// a yes sent without that page goes to it, and changes nothing
		assertThat(requester.web().post(requester.path() + "/contact", Map.of("reached", "1")).redirect())
			.endsWith(requester.path() + "/contact/yes");
		assertThat(jdbc.sql("select count(*) from handoff where request_id = :r and requester_contact is null")
			.param("r", requester.id()).query(Long.class).single()).isOne();
		WebSession.Page confirm = requester.web().get(requester.path() + "/contact/yes");
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(confirm.html().selectFirst("#note-these h2").text()).isEqualTo("Note these now");
		assertThat(confirm.html().selectFirst("#note-these").text()).contains("will be gone from Tandem");
		assertThat(confirm.html().selectFirst("#provider-name").text()).isEqualTo("Note Now " + tag);
		assertThat(confirm.html().selectFirst("#provider-email").text()).isEqualTo(provider.email());
		assertThat(confirm.html().selectFirst("#what-happens").text())
			.startsWith("The provider already said yes: when you press the button, everything is destroyed at once");
		// the notice and the details come before the final button
		assertThat(confirm.body().indexOf("id=\"note-these\"")).isPositive()
			.isLessThan(confirm.body().indexOf("id=\"provider-contact\""));
		assertThat(confirm.body().indexOf("id=\"provider-contact\"")).isLessThan(confirm.body().indexOf("id=\"final-yes\""));
		assertThat(confirm.html().selectFirst("form #final-yes")).isNotNull();

		// the final button purges at once, as before
		assertThat(requester.web().post(requester.path() + "/contact", Map.of("reached", "1", "noted", "1")).redirect())
			.endsWith(requester.path());
		assertThat(count("help_request", "id", requester.id())).isZero();
		assertThat(count("handoff", "request_id", requester.id())).isZero();
		assertThat(requester.web().get(requester.path()).html().selectFirst("h1").text())
			.isEqualTo("This request was destroyed");
	}

	@Test
	void aRecordForAnAnonymousRequestWaitsUntilTheOrganizationSaysYesWhichEndsTheWaitAtOnce() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Waits " + tag);
		WebSession staff = staff();
		Requester requester = introduced(staff, provider, true);
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1"));

		// nobody said "not yet": no reason is asked, but the organization has not said yes itself, so it waits
		String handoffPage = "/staff/requests/" + requester.id() + "/handoff";
		WebSession.Page page = staff.get(handoffPage);
		assertThat(page.html().selectFirst("#grace-hint").text()).contains("has not said yes itself").contains("72 hours");
		assertThat(page.html().selectFirst("textarea#reason")).isNull();
		assertThat(staff.post(handoffPage + "/confirm", Map.of("reason", "canary-Not kept")).redirect())
			.contains("done=recorded");
		assertThat(stage(requester.id())).isEqualTo("CONTACT_RECORDED");
		assertThat(jdbc.sql("select count(*) from handoff where request_id = :r and staff_reason is null")
			.param("r", requester.id()).query(Long.class).single()).isOne();

		// its introduction page says so, with the end, a way to say it is not so, and its own yes
		WebSession.Page introduction = requester.web().get(requester.path() + "/introduction");
		assertThat(introduction.html().selectFirst("#recorded").text()).contains("Staff recorded that you are in contact");
		assertThat(introduction.html().selectFirst("#recorded bdi #grace-until").attr("datetime")).isNotEmpty();
		assertThat(introduction.html().selectFirst("#recorded #not-in-contact")).isNotNull();
		WebSession.Page confirm = requester.web().get(requester.path() + "/contact/yes");
		assertThat(confirm.html().selectFirst("#what-happens").text()).startsWith("The provider already said yes");
		assertThat(requester.web().post(requester.path() + "/contact", Map.of("reached", "1", "noted", "1")).redirect())
			.endsWith(requester.path());
		assertThat(count("help_request", "id", requester.id())).isZero();
	}

	@Test
	void withoutAnonymityARecordAgainstANotYetNeedsAReasonInTheApiTooAndOtherwiseConfirmsAtOnce() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Api Grace " + tag);
		ActiveProvider second = provider("At Once " + tag);
		WebSession staff = staff();
		Requester requester = introduced(staff, provider, false);
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "0"));
		assertThat(provider.web().get("/provider/handoffs/" + offer).html().selectFirst("#organization-gone")).isNull();
		String write = token(staff, "handoffs:write");
		String read = token(staff, "handoffs:read");
		String path = "/api/v1/handoffs/" + requester.id() + "/confirmation";

		var refused = visitor().send(apiRequest(path, write).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("say why you record contact anyway").contains("\"field\":\"reason\"")
			.doesNotContain("Exception");
		var blank = visitor().send(apiRequest(path, write).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"  \"}")).build());
		assertThat(blank.status()).isEqualTo(400);
		assertThat(stage(requester.id())).isEqualTo("CONTACT_FAILED");
		var pending = visitor().send(apiRequest(path, write).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"Checked by phone with both\"}")).build());
		assertThat(pending.status()).as(pending.body()).isEqualTo(200);
		assertThat(pending.body()).contains("\"result\":\"PENDING\"").contains("\"graceUntil\":");
		assertThat(visitor().send(apiRequest("/api/v1/handoffs/" + requester.id(), read).GET().build()).body())
			.contains("\"stage\":\"CONTACT_RECORDED\"").contains("\"graceUntil\":");
		assertThat(requester.web().get(requester.path()).text()).contains("Staff recorded that you are in contact")
			.doesNotContain("note them now");
		// once the period is over, the job confirms contact and schedules follow-ups
		jdbc.sql("update handoff set grace_until = :past where request_id = :r")
			.param("past", Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC)).param("r", requester.id()).update();
		assertThat(records.finishDue()).isPositive();
		assertThat(stage(requester.id())).isEqualTo("FOLLOWING_UP");
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");
		assertThat(count("handoff_follow_up", requester.id())).isEqualTo(4);

		// nobody said "not yet" and the request is not anonymous: staff's record counts at once, as before
		Requester plain = introduced(staff, second, false);
		String handoffPage = "/staff/requests/" + plain.id() + "/handoff";
		assertThat(staff.get(handoffPage).html().selectFirst("#grace-hint")).isNull();
		assertThat(staff.post(handoffPage + "/confirm", Map.of()).redirect()).contains("done=confirm");
		assertThat(stage(plain.id())).isEqualTo("FOLLOWING_UP");
	}

	@Test
	void aRecordStillWaitingGoesWithItsHandoffWhenStaffSendTheRequestBackToAssessment() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Back " + tag);
		WebSession staff = staff();
		Requester requester = introduced(staff, provider, true);
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "0"));
		String handoffPage = "/staff/requests/" + requester.id() + "/handoff";
		staff.get(handoffPage);
		assertThat(staff.post(handoffPage + "/confirm", Map.of("reason", "canary-Checked by phone")).redirect())
			.contains("done=recorded");

		staff.get("/staff/requests/" + requester.id());
		assertThat(staff.post("/staff/requests/" + requester.id() + "/status", Map.of("to", "ASSESSING")).redirect())
			.contains("moved");
		assertThat(stage(requester.id())).isEqualTo("WITHDRAWN");
		assertThat(jdbc.sql("select count(*) from handoff where request_id = :r and grace_until is null and staff_reason is null")
			.param("r", requester.id()).query(Long.class).single()).isOne();
		records.finishDue();
		assertThat(count("help_request", "id", requester.id())).isOne();
		assertThat(requestStatus(requester.id())).isEqualTo("ASSESSING");
		assertThat(requester.web().get(requester.path()).text()).doesNotContain("Staff recorded that you are in contact");
	}

	/** A request sent, chosen for the provider, accepted and introduced (sharing Signal). */
	private Requester introduced(WebSession staff, ActiveProvider provider, boolean anonymous) {
		Requester requester = requester(staff, anonymous, Map.of());
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of());
		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/introduction", Map.of("reveal", "SIGNAL", "channel", "SIGNAL"))
			.redirect()).contains("introduced");
		return requester;
	}

	private long count(String table, String column, UUID id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = :r").param("r", id)
			.query(Long.class).single();
	}

}
