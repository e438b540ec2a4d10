package org.tandem.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.engagement.domain.Closings;
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
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, with JavaScript on and off: the organization's member closes the engagement with a reason (a missing
 * reason is said), the check-in's mailed link is opened signed out and answered "need help", and staff see the alert
 * and mark it handled; in Arabic on a 360 px phone the closing and check-in pages do not stick out sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementClosingBrowserTests extends BrowserTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	OrganizationService organizations;

	@Autowired
	EngagementService engagements;

	@Autowired
	Closings closings;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void theMemberClosesTheLinkSaysNeedHelpAndStaffSeeIt(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		UUID organization = organizations.create(new Organization.Profile("Colectivo Austral " + UUID.randomUUID(),
				null, null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "CL")).id();
		organizations.addMember(organization, member.username());
		UUID engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		UUID second = engagements.openByHand(organization, provider.id(), staff.id()).id();
		String workspace = "/engagements/" + engagement;

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			page.navigate(base() + workspace);
			page.locator("nav.engagement-parts").getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Closing and keeping in touch"))
				.click();
			page.getByLabel("A note (optional)").fill("Seguimos con la radio comunitaria");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the engagement")).click();
			assertThat(page.locator("main")).containsText("Choose why the work ends.");
			assertThat(page.getByLabel("A note (optional)")).hasValue("Seguimos con la radio comunitaria");
			page.getByLabel("The plan is done").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the engagement")).click();
			assertThat(page.locator("main")).containsText("The engagement was closed.");
			assertThat(page.locator("#closing-reason")).hasText("The plan is done");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}

		jdbc.sql("update engagement_closing set next_check_in = :today where engagement_id = :e")
			.param("today", LocalDate.now(ZoneOffset.UTC)).param("e", engagement).update();
		closings.runDue();
		String mail = TestMail.awaitBody(member.username() + "@example.org", "/check-ins/");
		String link = mail.substring(mail.indexOf("/check-ins/")).split("\\s")[0];
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			page.navigate(base() + link);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose \"All well\" or \"Need help\".");
			page.getByLabel("Need help").check();
			page.getByLabel("A note (optional)").fill("Nos volvieron a bloquear la web");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer")).click();
			assertThat(page.locator("#check-in-state")).containsText("The hub’s staff were told that you need help");
			page.navigate(base() + link);
			assertThat(page.locator("#check-in-state")).hasText("This check-in was already answered. Thank you.");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Help needed").setExact(true))
				.first()
				.click();
			assertThat(page.locator("main")).containsText("Needs help: the organization");
			assertThat(page.locator("main")).not().containsText("Nos volvieron");
			page.locator("main form[action$='/handled']").first().locator("button").click();
			assertThat(page.locator("main")).containsText("The alert was marked handled.");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}

		if (javaScript) {
			// Arabic on a 360 px phone: the closing form, the check-ins and staff's alerts stay within the screen
			// another member of the organization: a second sign-in within one authenticator step is a replayed code
			Person colleague = fixtures.create(true, Role.ORG_MEMBER);
			organizations.addMember(organization, colleague.username());
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, colleague);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				for (String path : new String[] { "/engagements/" + second + "/closing", workspace + "/check-ins",
						workspace + "/closing", link }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
			}
		}
	}


}
