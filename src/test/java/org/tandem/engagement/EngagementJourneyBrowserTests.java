package org.tandem.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.engagement.domain.Closings;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

/**
 * The whole journey after the introduction, in Chromium with JavaScript on and off, with three people each in a
 * browser of their own (staff, the organization's member, the provider): a real request is handed to the provider and
 * contact is confirmed on both sides; staff open the engagement for the organization; the member writes down a risk
 * in Discover and moves to Strategise; the plan costs more than the budget the member stated, and says so; the member
 * adjusts it and approves it; the provider marks its item done and the member its own; the member closes the
 * engagement with a month of keeping in touch; the check-in mailed to the member is answered "need help" through its
 * link, signed out; staff see the alert. The requester's status page says a workspace is open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementJourneyBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	Closings closings;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void fromContactToNeedHelp(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		WebSession staffWeb = provider.staff();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		String organization = "Radio Comunitaria " + (javaScript ? "Sol " : "Luna ") + port;
		staffWeb.get("/staff/organizations/new");
		String created = staffWeb.post("/staff/organizations", Map.of("name", organization, "kind", "MEDIA",
				"sizeBand", "UP_TO_20", "country", "BO")).redirect();
		String organizationPath = created.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		staffWeb.get(organizationPath);
		staffWeb.post(organizationPath + "/members", Map.of("username", member.username()));

		// a real request, handed to the provider, introduced, and contact confirmed by both sides
		WebSession requester = visitor();
		WebSession.Page sent = RequestFixtures.send(requester, Map.of("anonymous", "false", "organizationName",
				organization, "contactMethod", "SIGNAL", "signal", "+591 700 00000"), Map.of());
		String link = sent.html().selectFirst("#status-link").attr("href");
		String status = link.substring(link.indexOf("/request/status/"));
		requester.get(status);
		requester.post(status, Map.of("code", sent.html().selectFirst("#status-code").text()));
		UUID request = requestOf(status);
		RequestFixtures.assess(staffWeb, request, "ACCOUNT_SECURITY", "es");
		RequestFixtures.choose(staffWeb, request, List.of(provider.id()));
		UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r").param("r", request)
			.query(UUID.class)
			.single();
		provider.web().get("/provider/handoffs/" + offer);
		org.assertj.core.api.Assertions.assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept",
				Map.of()).redirect()).contains("accepted");
		requester.get(status + "/introduction");
		org.assertj.core.api.Assertions.assertThat(requester.post(status + "/introduction", Map.of("reveal",
				"SIGNAL", "channel", "SIGNAL", "message", "Hola")).status()).isLessThan(400);
		requester.post(status + "/contact", Map.of("reached", "1"));
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1"));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		try (BrowserContext staffContext = browsers.context(javaScript);
				BrowserContext memberContext = browsers.context(javaScript);
				BrowserContext providerContext = browsers.context(javaScript)) {
			// staff open the engagement of the confirmed introduction for the organization
			Page hub = staffContext.newPage();
			signIn(hub, staff);
			hub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engagements to open").setExact(true))
				.first()
				.click();
			hub.locator("a[href='/staff/engagements/openings/" + request + "']").click();
			hub.getByLabel(organization).check();
			hub.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the engagement")).click();
			assertThat(hub.locator("main")).containsText("The engagement is open.");
			String workspace = hub.url().split("\\?")[0].replaceAll("^https?://[^/]+", "");
			UUID engagement = UUID.fromString(workspace.replaceAll(".*/", ""));
			org.assertj.core.api.Assertions.assertThat(requester.get(status).text())
				.contains("A shared workspace is open");

			// Discover: a risk; then Strategise
			Page ours = memberContext.newPage();
			signIn(ours, member);
			ours.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engagements").setExact(true))
				.first()
				.click();
			ours.locator("main a[href='" + workspace + "']").click();
			assertThat(ours.locator("[aria-current=step]")).hasText("Discover");
			ours.getByLabel("What you protect").fill("Lista de fuentes");
			ours.getByLabel("The threat, and from whom").fill("Phishing by a hired group");
			ours.getByLabel("How likely").selectOption("HIGH");
			ours.getByLabel("How bad").selectOption("HIGH");
			ours.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a risk")).click();
			assertThat(ours.locator("#risks table")).containsText("Phishing by a hired group");
			ours.getByLabel("Go to the phase").selectOption("STRATEGISE");
			ours.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the phase")).click();
			assertThat(ours.locator("[aria-current=step]")).hasText("Strategise");

			// the plan: what the organization has, and items that cost more than its budget
			ours.locator("nav.engagement-parts").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("The plan")).click();
			String plan = ours.url().split("\\?")[0];
			ours.getByLabel("Staff hours a month").fill("20");
			ours.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("1000");
			ours.getByLabel("Currency").selectOption("USD");
			ours.getByLabel("Deadline", new Page.GetByLabelOptions().setExact(true)).fill(today.plusDays(90).toString());
			ours.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save what we have")).click();
			assertThat(ours.locator("main")).containsText("What the organization has was saved.");
			addItem(ours, "Two-factor for every account", "ORGANIZATION", today.plusDays(20), "6", "300");

			// the provider, in its own browser with its own session
			providerContext.addCookies(provider.web()
				.cookies()
				.stream()
				.map(c -> new Cookie(c.getName(), c.getValue()).setUrl(base()))
				.toList());
			Page prov = providerContext.newPage();
			prov.navigate(plan);
			addItem(prov, "Audit of the newsroom laptops", "PROVIDER", today.plusDays(30), "12", "1200");
			assertThat(prov.locator("#approval form")).hasCount(0);

			ours.navigate(plan);
			assertThat(ours.locator("#summary")).containsText("Does not fit: the plan costs");
			ours.locator("#items tr", new Page.LocatorOptions().setHasText("Audit of the newsroom laptops"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Change the item"))
				.click();
			ours.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill("600");
			ours.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the item")).click();
			assertThat(ours.locator("main")).containsText("The item was changed.");
			assertThat(ours.locator("#summary")).not().containsText("Does not fit");
			ours.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve this plan")).click();
			assertThat(ours.locator("main")).containsText("The organization approved this plan.");
			if (javaScript) {
				Browsers.assertAccessible(ours);
			}

			// both sides do their part
			prov.navigate(plan);
			mark(prov, "Audit of the newsroom laptops");
			mark(ours, "Two-factor for every account");

			// closing, with a month of keeping in touch
			ours.navigate(base() + workspace + "/closing");
			ours.getByLabel("The plan is done").check();
			ours.getByLabel("Keep in touch for (months)").fill("1");
			ours.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the engagement")).click();
			assertThat(ours.locator("main")).containsText("The engagement was closed.");
			org.assertj.core.api.Assertions.assertThat(jdbc.sql("select phase from engagement where id = :e")
				.param("e", engagement)
				.query(String.class)
				.single()).isEqualTo("KEEPING_IN_TOUCH");

			// the check-in comes by mail; its link, signed out, says "need help"
			jdbc.sql("update engagement_closing set next_check_in = :today where engagement_id = :e")
				.param("today", today)
				.param("e", engagement)
				.update();
			closings.runDue();
			String mail = TestMail.awaitBody(member.username() + "@example.org", "/check-ins/");
			String checkIn = mail.substring(mail.indexOf("/check-ins/")).split("\\s")[0];
			try (BrowserContext signedOut = browsers.context(javaScript)) {
				Page page = signedOut.newPage();
				page.navigate(base() + checkIn);
				page.getByLabel("Need help").check();
				page.getByLabel("A note (optional)").fill("Our website is blocked again");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer")).click();
				assertThat(page.locator("#check-in-state")).containsText("The hub’s staff were told that you need help");
			}

			// staff are alerted
			hub.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Help needed").setExact(true))
				.first()
				.click();
			assertThat(hub.locator("main")).containsText("Needs help: the organization");
			if (javaScript) {
				Browsers.assertAccessible(hub);
			}
		}
	}

	private static void addItem(Page page, String title, String owner, LocalDate due, String hours, String cost) {
		Locator form = page.locator("#items form.stack");
		form.getByLabel("What is to be done").fill(title);
		form.getByLabel("Who does it").selectOption(owner);
		form.getByLabel("Due", new Locator.GetByLabelOptions().setExact(true)).fill(due.toString());
		form.getByLabel("Hours", new Locator.GetByLabelOptions().setExact(true)).fill(hours);
		form.getByLabel("Cost", new Locator.GetByLabelOptions().setExact(true)).fill(cost);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add an item")).click();
		assertThat(page.locator("main")).containsText("The item was added.");
	}

	private static void mark(Page page, String title) {
		Locator row = page.locator("#items tr", new Page.LocatorOptions().setHasText(title));
		row.getByLabel("Status of " + title).selectOption("DONE");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save status")).click();
		assertThat(page.locator("main")).containsText("The item’s status was saved.");
	}

}
