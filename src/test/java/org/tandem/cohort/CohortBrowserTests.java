package org.tandem.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
import com.microsoft.playwright.options.SelectOption;

/**
 * In Chromium, with JavaScript on and off: staff plan a cohort (a missing name is said, what was typed kept), add an
 * organization and a provider, and take it to recruiting and running; the organization's member sees it and chooses
 * to be shown by name. In Arabic on a 360 px phone the cohort pages are right to left and fit the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.test.context=cohort")
class CohortBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	OrganizationService organizations;

	@Autowired
	org.tandem.cohort.domain.CohortAgreementService agreementService;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffRunACohortAndTheMemberChoosesHowItIsShown(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		String organizationName = "Radio Comunitaria " + UUID.randomUUID().toString().substring(0, 8);
		UUID organization = organizations.create(new Organization.Profile(organizationName, null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "GT")).id();
		organizations.addMember(organization, member.username());
		String cohortName = "Cohorte " + (javaScript ? "con" : "sin") + " JS " + UUID.randomUUID().toString().substring(0, 6);
		String cohortPath;

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All cohorts").setExact(true)).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a cohort")).click();
			page.getByLabel("Description").fill("Acompañamiento de medios comunitarios");
			page.getByLabel("Spanish").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the cohort")).click();
			assertThat(page.locator("main")).containsText("Give the cohort a name.");
			assertThat(page.getByLabel("Description")).hasValue("Acompañamiento de medios comunitarios");
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(cohortName);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the cohort")).click();
			assertThat(page.locator("main")).containsText("The cohort was planned.");
			cohortPath = page.url().replaceAll("^https?://[^/]+", "").split("\\?")[0];

			page.locator("#organizations").getByLabel(organizationName).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the organization")).click();
			assertThat(page.locator("main")).containsText("The organization was added.");
			page.locator("select#provider").selectOption(new SelectOption().setValue(provider.id().toString()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the provider")).click();
			assertThat(page.locator("main")).containsText("The provider was added.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to “Recruiting”")).click();
			assertThat(page.locator("#cohort-status")).hasText("Recruiting");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to “Running”")).click();
			assertThat(page.locator("#cohort-status")).hasText("Running");
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/staff/cohorts");
				Browsers.assertAccessible(page);
				page.navigate(base() + "/staff/cohorts/new");
				Browsers.assertAccessible(page);
			}
		}

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cohorts").setExact(true)).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(cohortName)).click();
			// the cohort's space opens once the organization signed the hub's agreements
			assertThat(page.locator("#sign-first")).isVisible();
			assertThat(page.locator("#unsigned li")).hasCount(3);
			AgreementFixtures.signAll(agreementService, fixtures.create(true, Role.ADMIN).id(), member.id(),
					organization, false);
			page.reload();
			assertThat(page.locator("#cohort-status")).hasText("Running");
			assertThat(page.locator("#cohort-organizations")).containsText(organizationName);
			assertThat(page.getByLabel("Only as “an organization”, with our kind")).isChecked();
			page.getByLabel("By our name").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the choice")).click();
			assertThat(page.locator("main")).containsText("Your choice was saved.");
			assertThat(page.getByLabel("By our name")).isChecked();
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/cohorts");
				Browsers.assertAccessible(page);
			}
		}

		if (javaScript) {
			// other people of the same sides: a second sign-in within one authenticator step would be a replayed code
			Person colleague = fixtures.create(true, Role.ORG_MEMBER);
			organizations.addMember(organization, colleague.username());
			Person otherStaff = fixtures.create(true, Role.STAFF);
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, colleague);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				String id = cohortPath.replaceAll(".*/", "");
				for (String path : new String[] { "/cohorts", "/cohorts/" + id }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
			}
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, otherStaff);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				for (String path : new String[] { "/staff/cohorts", "/staff/cohorts/new", cohortPath }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
			}
		}
	}


}
