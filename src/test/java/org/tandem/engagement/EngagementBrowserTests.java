package org.tandem.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.handoff.ContactConfirmed;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, with JavaScript on and off: staff open the engagement of a confirmed handoff for its organization; the
 * member writes down a risk (a missing threat is said and the typed asset kept), the agreements and moves on to
 * Strategise; the provider sees it all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementBrowserTests extends BrowserTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffOpenItAndTheMemberAndTheProviderWorkInIt(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		String name = "Colectivo Andino " + javaScript + " " + port;
		WebSession staffWeb = provider.staff();
		staffWeb.get("/staff/organizations/new");
		String created = staffWeb.post("/staff/organizations", Map.of("name", name, "kind", "MEDIA", "sizeBand",
				"UP_TO_20", "country", "PE")).redirect();
		String organization = created.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		staffWeb.get(organization);
		staffWeb.post(organization + "/members", Map.of("username", member.username()));
		UUID request = UUID.randomUUID();
		transactions.executeWithoutResult(
				status -> events.publishEvent(new ContactConfirmed(request, provider.id(), false, Instant.now())));

		String workspace;
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engagements to open").setExact(true))
				.first()
				.click();
			page.locator("a[href='/staff/engagements/openings/" + request + "']").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the engagement")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("Choose an enrolled organization.");
			page.getByLabel(name).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the engagement")).click();
			assertThat(page.locator("main")).containsText("The engagement is open.");
			workspace = page.url().split("\\?")[0].replaceAll("^https?://[^/]+", "");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engagements").setExact(true))
				.first()
				.click();
			page.locator("main a[href='" + workspace + "']").click();
			assertThat(page.locator("[aria-current=step]")).hasText("Discover");
			page.getByLabel("What you protect").fill("Lista de fuentes");
			page.getByLabel("How likely").selectOption("HIGH");
			page.getByLabel("How bad").selectOption("HIGH");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a risk")).click();
			assertThat(page.locator("main")).containsText("Say what could harm it, and from whom.");
			assertThat(page.getByLabel("What you protect")).hasValue("Lista de fuentes");
			page.getByLabel("The threat, and from whom").fill("Phishing by a hired group");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a risk")).click();
			assertThat(page.locator("main")).containsText("The risk was added.");
			assertThat(page.locator("#risks table")).containsText("Phishing by a hired group");
			page.getByLabel("Meeting rhythm").fill("Every other Tuesday, on Signal");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agreements")).click();
			assertThat(page.locator("main")).containsText("The agreements were saved.");
			page.getByLabel("Go to the phase").selectOption("STRATEGISE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the phase")).click();
			assertThat(page.locator("[aria-current=step]")).hasText("Strategise");
			if (javaScript) {
				Browsers.assertAccessible(page);
				// on a 360 px phone nothing sticks out sideways
				page.setViewportSize(360, 800);
				Object wider = page.evaluate("""
						() => [...document.querySelectorAll('main *')]
						  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
						  .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
						  .slice(0, 5)""");
				Number overflow = (Number) page.evaluate(
						"document.documentElement.scrollWidth - document.documentElement.clientWidth");
				org.assertj.core.api.Assertions.assertThat(overflow.intValue()).as("wider than the phone: " + wider)
					.isLessThanOrEqualTo(1);
			}
		}
		// the provider, signed in with its own session, sees what the member wrote
		WebSession.Page seen = provider.web().get(workspace);
		org.assertj.core.api.Assertions.assertThat(seen.text())
			.contains("Phishing by a hired group", "Every other Tuesday, on Signal");
	}

}
