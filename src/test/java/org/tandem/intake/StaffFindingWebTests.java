package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.support.WebSession;

/**
 * What staff expect to find: a request by the reference a requester says on the phone, the overview's figures (each
 * a link to the list it counts), times in their own zone; and what a requester sees of the steps ahead.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffFindingWebTests extends IntakeTestSupport {

	@Test
	void referencesAreNormalizedAsPeopleSayThem() {
		assertThat(RequestReference.normalize("R-7K3Q9M")).contains("R-7K3Q9M");
		assertThat(RequestReference.normalize("r-7k3q9m")).contains("R-7K3Q9M");
		assertThat(RequestReference.normalize(" r 7k3 q9m ")).contains("R-7K3Q9M");
		assertThat(RequestReference.normalize("7K3Q9M")).contains("R-7K3Q9M");
		assertThat(RequestReference.normalize("7k3-q9m")).contains("R-7K3Q9M");
		// letters the alphabet leaves out are read as the digits they look like
		assertThat(RequestReference.normalize("RO1IL23")).contains("R-011123");
		assertThat(RequestReference.normalize("R-7K3Q9")).isEmpty();
		assertThat(RequestReference.normalize("R-7K3Q9MX")).isEmpty();
		assertThat(RequestReference.normalize("R-7K3Q9U")).isEmpty();
		assertThat(RequestReference.normalize("")).isEmpty();
		assertThat(RequestReference.normalize("' or 1=1 --")).isEmpty();
	}

	@Test
	void staffFindARequestByItsReferenceTypedAnyWayAndOthersCannotSearch() {
		Sent sent = submit(visitor(), validForm());
		String reference = reference(sent);
		WebSession staff = signedIn(Role.STAFF);
		String body = reference.substring(2);
		for (String typed : List.of(reference, body.toLowerCase(Locale.ROOT), " r " + body.substring(0, 3) + " "
				+ body.substring(3).toLowerCase(Locale.ROOT), "R" + body)) {
			WebSession.Page found = staff.get("/staff/requests?reference=" + encode(typed));
			assertThat(found.redirect()).as(typed).endsWith("/staff/requests/" + sent.id());
		}
		// a closed request is found too: the reference is looked up whatever the status
		jdbc.sql("update help_request set status = 'DECLINED' where id = :id").param("id", sent.id()).update();
		assertThat(staff.get("/staff/requests?reference=" + body).redirect()).endsWith("/staff/requests/" + sent.id());

		// not a reference: a translated message, what was typed kept, no lookup
		WebSession.Page bad = staff.get("/staff/requests?reference=" + encode("R-12"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.html().selectFirst("#reference-error").text()).contains("This is not a request reference");
		assertThat(bad.html().selectFirst("#reference").val()).isEqualTo("R-12");
		assertThat(bad.html().selectFirst("#reference").attr("aria-invalid")).isEqualTo("true");
		WebSession.Page badAr = staff.get("/staff/requests?lang=ar&reference=" + encode("R-12"));
		assertThat(badAr.html().selectFirst("#reference-error").text()).contains("ليس رقمًا مرجعيًا");
		// a reference nobody has: said so, with the reference isolated
		WebSession.Page none = staff.get("/staff/requests?lang=en&reference=ZZZZZZ");
		assertThat(none.html().selectFirst("#reference-error").text()).contains("No request has the reference R-ZZZZZZ");
		assertThat(none.html().selectFirst("#reference-error bdi").text()).isEqualTo("R-ZZZZZZ");
		assertThat(none.html().select("#queue")).isNotNull();

		// nobody but staff can search
		for (Role role : List.of(Role.PROVIDER, Role.ORG_MEMBER, Role.ADVISORY, Role.ADMIN)) {
			assertThat(signedIn(role).get("/staff/requests?reference=" + body).status()).as(role.name()).isEqualTo(403);
		}
		assertThat(visitor().get("/staff/requests?reference=" + body).redirect()).endsWith("/login");

		// the API's reference filter: the one request, typed as said, nothing for what cannot be a reference
		staff.get("/account/tokens");
		String token = staff.post("/account/tokens", Map.of("name", "phone desk", "scopes", "requests:read", "days", "7"))
			.html().selectFirst("code.secret").text();
		WebSession.Page api = visitor().send(apiRequest("/api/v1/requests?reference=" + encode(body.toLowerCase(Locale.ROOT)), token).GET().build());
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.body()).contains("\"reference\":\"" + reference + "\"").doesNotContain("canary-");
		assertThat(api.body().split("\"reference\"", -1)).hasSize(2);
		WebSession.Page nothing = visitor().send(apiRequest("/api/v1/requests?reference=nonsense", token).GET().build());
		assertThat(nothing.status()).isEqualTo(200);
		assertThat(nothing.body()).contains("\"requests\":[]");
	}

	@Test
	void theOverviewCountsWhatItsLinksList() {
		WebSession staff = signedIn(Role.STAFF);
		Map<String, Long> before = figures(staff.get("/dashboard"));
		Map<String, String> form = validForm();
		form.put("urgency", "EMERGENCY");
		Sent sent = submit(visitor(), form);
		WebSession.Page dashboard = staff.get("/dashboard");
		Map<String, Long> after = figures(dashboard);
		assertThat(after.get("new")).isEqualTo(before.get("new") + 1).isEqualTo(countOf("help_request where status = 'NEW'"));
		assertThat(after.get("emergencies")).isEqualTo(before.get("emergencies") + 1)
			.isEqualTo(countOf("help_request where urgency = 'EMERGENCY' and status in ('NEW', 'NEEDS_INFORMATION', 'ASSESSING')"));
		assertThat(after.get("unassigned")).isEqualTo(before.get("unassigned") + 1)
			.isEqualTo(countOf("help_request where assigned_to is null and status in ('NEW', 'NEEDS_INFORMATION', 'ASSESSING')"));
		assertThat(after.get("waiting-answer")).isEqualTo(countOf("help_request where status = 'NEEDS_INFORMATION'"));
		assertThat(after.get("mail-failing")).isEqualTo(countOf("mail_outbox where dead_at is not null"));
		assertThat(after.get("vetting-expiring")).isNotNull();
		assertThat(after).containsKeys("offers-waiting", "handoffs-stuck");
		// above zero, a figure that asks someone to act stands out
		assertThat(dashboard.html().selectFirst("#figure-emergencies").hasClass("attention")).isTrue();

		// each figure links to the list it counts, and that list shows the new request
		for (String id : List.of("new", "emergencies", "unassigned")) {
			String href = dashboard.html().selectFirst("#figure-" + id + " a").attr("href");
			WebSession.Page list = staff.get(href);
			assertThat(list.status()).as(href).isEqualTo(200);
			assertThat(list.html().select("#queue a").eachText()).as(href).contains(reference(sent));
		}
		assertThat(dashboard.html().selectFirst("#figure-waiting-answer a").attr("href"))
			.endsWith("/staff/requests?status=NEEDS_INFORMATION");
		assertThat(dashboard.html().selectFirst("#figure-vetting-expiring a").attr("href")).endsWith("/staff/providers#renewals");
		assertThat(dashboard.html().selectFirst("#figure-mail-failing a").attr("href")).endsWith("/staff/mail");
		for (Element link : dashboard.html().select("#overview a")) {
			assertThat(staff.get(link.attr("href").replaceFirst("#.*", "")).status()).as(link.attr("href")).isEqualTo(200);
		}
		// assigned to someone (as staff do, on its page), it leaves the unassigned figure and list
		String someone = staff.get("/staff/requests/" + sent.id()).html().select("select[name=assignee] option").stream()
			.map(Element::val).filter(v -> !v.isEmpty()).findFirst().orElseThrow();
		staff.post("/staff/requests/" + sent.id() + "/assign", java.util.Map.of("assignee", someone));
		assertThat(figures(staff.get("/dashboard")).get("unassigned")).isEqualTo(after.get("unassigned") - 1);
		assertThat(staff.get("/staff/requests?assigned=NOBODY").html().select("#queue a").eachText())
			.doesNotContain(reference(sent));

		// not for anyone but staff; anonymous visitors sign in first
		for (Role role : List.of(Role.PROVIDER, Role.ORG_MEMBER, Role.ADMIN)) {
			WebSession.Page theirs = signedIn(role).get("/dashboard");
			assertThat(theirs.status()).isEqualTo(200);
			assertThat(theirs.html().selectFirst("#overview")).as(role.name()).isNull();
		}
		assertThat(visitor().get("/dashboard").redirect()).endsWith("/login");
	}

	@Test
	void timesAreShownInTheZoneStaffChoseAndInUtcToRequesters() {
		Sent sent = submit(visitor(), validForm());
		WebSession staff = signedIn(Role.STAFF);
		// no zone chosen yet: UTC
		Element submitted = submittedAt(staff.get("/staff/requests/" + sent.id()));
		Instant at = Instant.parse(submitted.attr("datetime"));
		assertThat(submitted.text()).isEqualTo(format(at, ZoneId.of("UTC")) + " UTC");

		WebSession.Page security = staff.get("/account/security");
		assertThat(security.html().select("#timeZone option").eachAttr("value")).contains("", "Europe/Paris", "Asia/Kathmandu");
		// a zone that is not offered is refused with a message, nothing saved
		WebSession.Page refused = staff.post("/account/security/time-zone", Map.of("timeZone", "Mars/Olympus"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().selectFirst("#time-zone-form .field-error").text()).isEqualTo("Choose a time zone from the list.");
		assertThat(submittedAt(staff.get("/staff/requests/" + sent.id())).text()).endsWith(" UTC");

		assertThat(staff.post("/account/security/time-zone", Map.of("timeZone", "Asia/Kathmandu")).redirect())
			.contains("done=timeZone");
		assertThat(staff.get("/account/security").html().selectFirst("#timeZone option[selected]").val()).isEqualTo("Asia/Kathmandu");
		Element inKathmandu = submittedAt(staff.get("/staff/requests/" + sent.id()));
		assertThat(inKathmandu.attr("datetime")).isEqualTo(submitted.attr("datetime"));
		assertThat(inKathmandu.text()).isEqualTo(format(at, ZoneId.of("Asia/Kathmandu")) + " +05:45");

		staff.post("/account/security/time-zone", Map.of("timeZone", "Europe/Paris"));
		ZoneId paris = ZoneId.of("Europe/Paris");
		String abbreviation = paris.getRules().isDaylightSavings(at) ? "CEST" : "CET";
		assertThat(submittedAt(staff.get("/staff/requests/" + sent.id())).text())
			.isEqualTo(format(at, paris) + " " + abbreviation);

		// the requester (no account) reads UTC, named, whatever any staff member chose
		WebSession requester = visitor();
		WebSession.Page status = open(requester, sent);
		Element step = status.html().selectFirst("time[datetime]");
		assertThat(step.text()).isEqualTo(format(Instant.parse(step.attr("datetime")), ZoneId.of("UTC")) + " UTC");

		// back to no zone
		staff.post("/account/security/time-zone", Map.of("timeZone", ""));
		assertThat(submittedAt(staff.get("/staff/requests/" + sent.id())).text()).endsWith(" UTC");
	}

	@Test
	void theStatusPageShowsTheStepsAheadWithTheCurrentOneMarked() {
		Sent sent = submit(visitor(), validForm());
		WebSession requester = visitor();
		WebSession.Page status = open(requester, sent);
		List<String> steps = status.html().select("#journey li").eachText();
		assertThat(steps).containsExactly("Received", "Reviewed by the hub", "Looking for a provider", "Introduction",
				"In contact", "Follow-up");
		assertThat(status.html().select("#journey li[aria-current=step]").eachText()).containsExactly("Received");
		assertThat(status.html().selectFirst("#journey-next").text()).contains("You need to do nothing for now");

		// staff ask a question: the requester is told what to do
		jdbc.sql("update help_request set status = 'NEEDS_INFORMATION' where id = :id").param("id", sent.id()).update();
		status = requester.get(sent.path());
		assertThat(status.html().select("#journey li[aria-current=step]").eachText()).containsExactly("Reviewed by the hub");
		assertThat(status.html().select("#journey li.done").eachText()).containsExactly("Received (done)");
		assertThat(status.html().selectFirst("#journey-next").text()).contains("we need your answer");
		assertThat(status.html().selectFirst("#journey-next").hasClass("notice")).isTrue();

		status = requester.get(sent.path() + "?lang=ar");
		assertThat(status.html().selectFirst("#journey li[aria-current=step]").text()).isEqualTo("المراجعة من الفريق");
		assertThat(status.html().selectFirst("#journey-next").text()).contains("نحتاج إلى ردّك");

		// a declined request leaves the journey: no steps, only what happens now
		jdbc.sql("update help_request set status = 'DECLINED' where id = :id").param("id", sent.id()).update();
		status = requester.get(sent.path() + "?lang=en");
		assertThat(status.html().selectFirst("#journey")).isNull();
		assertThat(status.html().selectFirst("#journey-next").text()).contains("Nothing more is needed from you");
	}

	private static Element submittedAt(WebSession.Page page) {
		return page.html().selectFirst("time[datetime]");
	}

	private static String format(Instant at, ZoneId zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone));
	}

	private static Map<String, Long> figures(WebSession.Page dashboard) {
		Map<String, Long> figures = new java.util.HashMap<>();
		for (Element li : dashboard.html().select("#overview li")) {
			figures.put(li.id().substring("figure-".length()),
					Long.parseLong(li.selectFirst(".figure").text().replace("+", "")));
		}
		return figures;
	}

	private long countOf(String fromWhere) {
		return count(fromWhere);
	}

	private String reference(Sent sent) {
		return jdbc.sql("select reference from help_request where id = :id").param("id", sent.id()).query(String.class).single();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
