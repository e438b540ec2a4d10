package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The plan's pages over HTTP, as browsers without JavaScript send them: bad numbers and missing fields keep what was
 * typed with a translated message and write nothing, a plan over budget says so, an approval from a stale page is
 * refused and shows the plan as it stands, only the organization approves.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementPlanWebTests extends WebTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Test
	void formsKeepWhatWasTypedAndAStaleApprovalIsRefused() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("Radio Web " + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "PE")).id();
		organizations.addMember(organization, member.username());
		UUID engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		String plan = "/engagements/" + engagement + "/plan";
		String deadline = LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);

		WebSession.Page first = memberWeb.get(plan);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.text()).contains("The organization has not said yet what it has");
		assertThat(memberWeb.get("/engagements/" + engagement).html()
			.select("nav.engagement-parts a[href=" + plan + "]")).isNotEmpty();

		// means: hours that are not a number, the budget as typed kept
		WebSession.Page badHours = memberWeb.post(plan + "/means", Map.of("hoursPerMonth", "ten", "budget", "1000",
				"currency", "USD", "deadline", deadline, "revision", "0"));
		assertThat(badHours.status()).isEqualTo(200);
		assertThat(badHours.text()).contains("Give the hours a month as a whole number from 0 to 10,000.");
		assertThat(badHours.html().selectFirst("input[name=budget]").val()).isEqualTo("1000");
		assertThat(badHours.html().selectFirst("input[name=hoursPerMonth]").val()).isEqualTo("ten");
		WebSession.Page badCurrency = memberWeb.post(plan + "/means", Map.of("hoursPerMonth", "10", "currency",
				"BTC", "revision", "0"));
		assertThat(badCurrency.status()).isEqualTo(200);
		assertThat(badCurrency.text()).contains("Choose a currency from the list.");
		assertThat(revision(engagement)).isNull();
		assertThat(provider.web().post(plan + "/means", Map.of("hoursPerMonth", "10", "currency", "USD", "revision",
				"0")).text()).contains("Only the organization’s members can do this.");
		assertThat(memberWeb.post(plan + "/means", Map.of("hoursPerMonth", "10", "budget", "1000", "currency", "USD",
				"deadline", deadline, "revision", "0")).redirect()).contains("meansStated");

		// an item without its title, then with a cost that is not an amount: the rest kept
		WebSession.Page noTitle = memberWeb.post(plan + "/items", Map.of("title", " ", "owner", "ORGANIZATION",
				"dueOn", deadline, "effort", "30", "cost", "400"));
		assertThat(noTitle.text()).contains("Say what is to be done.");
		assertThat(noTitle.html().selectFirst("#items input[name=cost]").val()).isEqualTo("400");
		WebSession.Page badCost = memberWeb.post(plan + "/items", Map.of("title", "canary-Formación", "owner",
				"ORGANIZATION", "dueOn", deadline, "effort", "30", "cost", "1,500.00"));
		assertThat(badCost.text()).contains("Give the amount in digits");
		assertThat(badCost.html().selectFirst("#items input[name=title]").val()).isEqualTo("canary-Formación");
		WebSession.Page badDate = memberWeb.post(plan + "/items", Map.of("title", "canary-Formación", "owner",
				"ORGANIZATION", "dueOn", "31/12/2027", "effort", "30", "cost", "400"));
		assertThat(badDate.text()).contains("Give a date like 2027-03-31.");
		WebSession.Page staffOwner = memberWeb.post(plan + "/items", Map.of("title", "canary-Formación", "owner",
				"STAFF", "dueOn", deadline, "effort", "30", "cost", "400"));
		assertThat(staffOwner.status()).isEqualTo(200);
		assertThat(staffOwner.text()).contains("Choose the organization or the provider.");
		assertThat(items(engagement)).isZero();

		// over budget and over the staff's hours: said plainly
		assertThat(memberWeb.post(plan + "/items", Map.of("title", "canary-Formación", "owner", "ORGANIZATION",
				"dueOn", deadline, "effort", "30", "cost", "400")).redirect()).contains("itemAdded");
		assertThat(provider.web().post(plan + "/items", Map.of("title", "canary-Auditoría", "outcome",
				"canary-Saber qué está expuesto", "owner", "PROVIDER", "dueOn", deadline, "effort", "8", "cost",
				"800.50")).redirect()).contains("itemAdded");
		WebSession.Page over = memberWeb.get(plan);
		assertThat(over.text()).contains("Does not fit: the plan costs $1,200.50 but the budget is $1,000 — $200.50 over.")
			.contains("Does not fit: the organization’s own items still need 30 hours but its staff have 20 hours "
					+ "until the deadline — 10 hours short.");
		String seenRevision = over.html().selectFirst("#approval input[name=revision]").val();
		assertThat(provider.web().get(plan).html().select("#approval form")).isEmpty();

		// the provider changes its item meanwhile: the member's approval from the older page is refused
		UUID audit = jdbc.sql("select id from engagement_plan_item where engagement_id = :e and owner = 'PROVIDER'")
			.param("e", engagement).query(UUID.class).single();
		WebSession.Page edit = provider.web().get(plan + "/items/" + audit);
		assertThat(edit.html().selectFirst("input[name=cost]").val()).isEqualTo("800.50");
		assertThat(provider.web().post(plan + "/items/" + audit, Map.of("title", "canary-Auditoría", "owner",
				"PROVIDER", "dueOn", deadline, "effort", "8", "cost", "500", "version", "0")).redirect())
			.contains("itemChanged");
		WebSession.Page staleItem = memberWeb.post(plan + "/items/" + audit, Map.of("title", "canary-Mía", "owner",
				"PROVIDER", "dueOn", deadline, "effort", "8", "cost", "500", "version", "0"));
		assertThat(staleItem.text()).contains("Someone changed this since you opened the page.");
		assertThat(staleItem.html().selectFirst("input[name=title]").val()).isEqualTo("canary-Mía");
		WebSession.Page stale = memberWeb.post(plan + "/approval", Map.of("revision", seenRevision));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.text()).contains("The plan changed since you opened the page.").contains("$900");
		assertThat(approvedRevision(engagement)).isNull();
		assertThat(provider.web().post(plan + "/approval", Map.of("revision", revision(engagement).toString())).text())
			.contains("Only the organization’s members can do this.");
		assertThat(memberWeb.post(plan + "/approval", Map.of("revision", revision(engagement).toString())).redirect())
			.contains("approved");
		assertThat(approvedRevision(engagement)).isEqualTo(revision(engagement));

		// the provider marks its item done: the approval stands, the page says what changed
		assertThat(provider.web().post(plan + "/items/" + audit + "/status", Map.of("status", "DONE")).redirect())
			.contains("itemMarked");
		assertThat(provider.web().post(plan + "/items/" + audit + "/status", Map.of("status", "FINISHED")).status())
			.isLessThan(500);
		WebSession.Page after = memberWeb.get(plan);
		assertThat(after.text()).contains("approved as it is").contains("Changed: canary-Auditoría (status)");

		// the JSON API: the plan with its fit, a status marked; nothing for an outsider
		memberWeb.get("/account/tokens");
		String read = memberWeb.post("/account/tokens", Map.of("name", "plan", "scopes", "engagements:read", "days",
				"7")).html().selectFirst("code.secret").text();
		String write = memberWeb.post("/account/tokens", Map.of("name", "plan", "scopes", "engagements:write",
				"days", "7")).html().selectFirst("code.secret").text();
		WebSession.Page json = api("GET", "/api/v1" + plan, read, null);
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.body()).contains("\"revision\":" + revision(engagement), "\"currency\":\"USD\"",
				"\"budgetMinor\":100000", "\"measure\":\"BUDGET\",\"fits\":true", "canary-Auditoría",
				"\"status\":\"DONE\"");
		UUID training = jdbc.sql("select id from engagement_plan_item where engagement_id = :e and owner = 'ORGANIZATION'")
			.param("e", engagement).query(UUID.class).single();
		String item = "/api/v1" + plan + "/items/" + training;
		assertThat(api("PATCH", item, read, "{\"status\":\"DONE\"}").status()).isEqualTo(403);
		assertThat(api("PATCH", item, write, "{\"status\":\"FINISHED\"}").status()).isEqualTo(400);
		assertThat(api("PATCH", item, write, "{}").status()).isEqualTo(400);
		WebSession.Page marked = api("PATCH", item, write, "{\"status\":\"DONE\"}");
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.body()).contains("\"status\":\"DONE\"");
		assertThat(api("PATCH", "/api/v1" + plan + "/items/" + UUID.randomUUID(), write, "{\"status\":\"DONE\"}")
			.status()).isEqualTo(404);
		WebSession otherWeb = visitor();
		AccountFixtures.signIn(otherWeb, fixtures.create(false, Role.ORG_MEMBER));
		otherWeb.get("/account/tokens");
		String outsider = otherWeb.post("/account/tokens", Map.of("name", "x", "scopes", "engagements:read", "days",
				"7")).html().selectFirst("code.secret").text();
		WebSession.Page notYours = api("GET", "/api/v1" + plan, outsider, null);
		assertThat(notYours.status()).isEqualTo(404);
		assertThat(notYours.body()).doesNotContain("canary-");
		assertThat(api("GET", "/api/v1" + plan, null, null).status()).isEqualTo(401);
	}

	private WebSession.Page api(String method, String path, String token, String body) {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(visitor().base() + path))
			.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
					: java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return visitor().send(request.build());
	}

	private Long revision(UUID engagement) {
		return jdbc.sql("select revision from engagement_plan where engagement_id = :e").param("e", engagement)
			.query(Long.class).optional().orElse(null);
	}

	private Long approvedRevision(UUID engagement) {
		return jdbc.sql("select approved_revision from engagement_plan where engagement_id = :e").param("e", engagement)
			.query(Long.class).optional().orElse(null);
	}

	private long items(UUID engagement) {
		return jdbc.sql("select count(*) from engagement_plan_item where engagement_id = :e").param("e", engagement)
			.query(Long.class).single();
	}

}
