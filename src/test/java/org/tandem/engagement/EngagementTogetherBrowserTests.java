package org.tandem.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
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
import com.microsoft.playwright.options.Cookie;

/**
 * Working together in Chromium, with JavaScript on and off, the organization's member and the provider each in a
 * browser of their own: the member writes a meeting's notes in Markdown (a script in them is shown as text and never
 * runs), records a decision at it and writes to the provider; the provider answers and leaves a checklist; the member
 * ticks an item; a file shared by the member is listed for the provider. In Arabic on a 360 px phone nothing sticks out sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementTogetherBrowserTests extends BrowserTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void theMemberAndTheProviderWorkTogether(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("Radio Andina " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "PE")).id();
		organizations.addMember(organization, member.username());
		UUID engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		String together = base() + "/engagements/" + engagement + "/together";

		try (BrowserContext memberContext = browsers.context(javaScript);
				BrowserContext providerContext = browsers.context(javaScript)) {
			Page page = memberContext.newPage();
			signIn(page, member);
			page.navigate(base() + "/engagements/" + engagement);
			page.locator("nav.engagement-parts").getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Working together"))
				.click();
			assertThat(page.locator("h1")).containsText("Working together");

			// a meeting whose notes try to run a script
			page.locator("input[name=title]").fill("Primera reunión");
			page.getByLabel("Notes").fill("We agreed on **two-factor** for everyone.\n\n<script>window.pwned = 1</script>\n\n"
					+ "See https://example.org/" + "a-very-long-path-without-any-break-".repeat(6));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a meeting")).click();
			assertThat(page.locator("main")).containsText("The meeting was added.");
			assertThat(page.locator("#meetings .markdown strong")).hasText("two-factor");
			assertThat(page.locator("#meetings .markdown")).containsText("<script>window.pwned = 1</script>");
			org.assertj.core.api.Assertions.assertThat(page.locator("#meetings .markdown script").count()).isZero();
			if (javaScript) {
				org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.pwned === undefined"))
					.isEqualTo(true);
			}

			// a decision at that meeting, and a message
			page.getByLabel("What you decided").fill("Two-factor sign-in for the whole newsroom");
			page.getByLabel("At which meeting").selectOption(new com.microsoft.playwright.options.SelectOption()
				.setIndex(1));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a decision")).click();
			assertThat(page.locator("main")).containsText("The decision was recorded.");
			assertThat(page.locator("#decisions")).containsText("Primera reunión");
			page.getByLabel("Your message").fill("Hola: ¿nos vemos el jueves?\nSegunda línea");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the message")).click();
			assertThat(page.locator("main")).containsText("The message was sent.");
			// a file, shared encrypted
			page.getByLabel("File to share").setInputFiles(new com.microsoft.playwright.options.FilePayload(
					"backup-plan.txt", "text/plain", "Backups every Friday".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share the file")).click();
			assertThat(page.locator("main")).containsText("The file was shared.");
			assertThat(page.locator("#files")).containsText("backup-plan.txt");
			// the organization writes no guide
			org.assertj.core.api.Assertions.assertThat(page.locator("form[action$='/guides']").count()).isZero();

			// the provider, in a browser of its own: answers and leaves a checklist
			providerContext.addCookies(List.of(new Cookie("TANDEM_SESSION",
					provider.web().cookie("TANDEM_SESSION").orElseThrow()).setUrl(base())));
			Page providerPage = providerContext.newPage();
			providerPage.navigate(together);
			assertThat(providerPage.locator("#messages")).containsText("¿nos vemos el jueves?");
			assertThat(providerPage.locator("#meetings")).containsText("two-factor");
			assertThat(providerPage.locator("#files")).containsText("backup-plan.txt");
			providerPage.getByLabel("Your message").fill("Yes, Thursday at ten.");
			providerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the message")).click();
			assertThat(providerPage.locator("main")).containsText("The message was sent.");
			providerPage.getByLabel("Kind").selectOption("CHECKLIST");
			providerPage.locator("input[name=guideTitle]").fill("Weekly backups");
			providerPage.getByLabel("Items of the checklist").fill("Plug in the disk\nRun the backup");
			providerPage.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Leave a guide or a checklist")).click();
			assertThat(providerPage.locator("main")).containsText("The guide was saved.");
			assertThat(providerPage.locator("#guides")).containsText("0 of 2 items done");
			if (javaScript) {
				Browsers.assertAccessible(providerPage);
			}

			// the member sees the answer and ticks an item
			page.navigate(together);
			assertThat(page.locator("#messages")).containsText("Yes, Thursday at ten.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done: Plug in the disk"))
				.click();
			assertThat(page.locator("main")).containsText("The item is marked as done.");
			assertThat(page.locator("#guides")).containsText("1 of 2 items done");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}

			// in Arabic, on a phone
			page.navigate(together + "?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			if (javaScript) {
				page.setViewportSize(360, 800);
				Object wider = page.evaluate("""
						() => [...document.querySelectorAll('main *')]
						  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
						    || e.getBoundingClientRect().left < -1)
						  .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
						  .slice(0, 5)""");
				Number overflow = (Number) page.evaluate(
						"document.documentElement.scrollWidth - document.documentElement.clientWidth");
				org.assertj.core.api.Assertions.assertThat(overflow.intValue()).as("wider than the phone: " + wider)
					.isLessThanOrEqualTo(1);
			}
		}
	}

}
