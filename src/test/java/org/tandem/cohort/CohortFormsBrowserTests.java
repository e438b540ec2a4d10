package org.tandem.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
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

/**
 * In Chromium, with JavaScript on and off: an organization's member fills the intake from the cohort's space (a
 * missing answer is said, what was typed kept), and staff read it and record an exit interview. In Arabic on a
 * 360 px phone the forms' pages are right to left and fit the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortFormsBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	OrganizationService organizations;

	@Autowired
	CohortService cohorts;

	@Autowired
	CohortAgreementService agreementService;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anOrganizationFillsItsIntakeAndStaffReadIt(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		UUID organization = organizations.create(new Organization.Profile("Radio Intake " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "GT")).id();
		organizations.addMember(organization, member.username());
		String cohortName = "Cohorte intake " + (javaScript ? "con" : "sin") + " JS " + UUID.randomUUID().toString()
			.substring(0, 6);
		Cohort cohort = cohorts.create(new Cohort.Terms(cohortName, null, LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 8, 31), Set.of("es", "ar"), 3, 3), Set.of(staff.id()), staff.id());
		cohorts.addOrganization(cohort.id(), organization);
		cohorts.addProvider(cohort.id(), provider.id());
		cohorts.move(cohort.id(), cohorts.get(cohort.id()).version(), CohortStatus.RECRUITING, staff.id());
		cohorts.move(cohort.id(), cohorts.get(cohort.id()).version(), CohortStatus.RUNNING, staff.id());
		AgreementFixtures.signAll(agreementService, fixtures.create(true, Role.ADMIN).id(), member.id(), organization,
				false);
		String hopes = "Queremos proteger nuestras fuentes " + UUID.randomUUID().toString().substring(0, 6);
		String space = "/cohorts/" + cohort.id();

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			page.navigate(base() + space);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intake").setExact(true)).click();
			page.getByLabel("What are your main worries?").fill("Que nos cierren la página");
			page.getByLabel("Hours a month your organization can give").fill("6");
			page.getByLabel("People who will take part").fill("2");
			page.locator("label[for=confidence-2]").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the intake")).click();
			assertThat(page.locator("main")).containsText("Please answer this question.");
			assertThat(page.getByLabel("What are your main worries?")).hasValue("Que nos cierren la página");
			page.getByLabel("What does your organization hope for from the cohort?").fill(hopes);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the intake")).click();
			assertThat(page.locator("main")).containsText("Your answers were saved.");
			assertThat(page.locator("#last-saved")).isVisible();
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + space + "/outtake");
				Browsers.assertAccessible(page);
			}
		}

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/staff/cohorts/" + cohort.id());
			page.locator("#staff-forms-link").click();
			page.locator("#forms-organizations tbody a").first().click();
			assertThat(page.locator("#intake-answers")).containsText(hopes);
			page.navigate(base() + "/staff/cohorts/" + cohort.id() + "/exit/organizations/" + organization);
			page.locator("label[for=went-4]").click();
			page.getByLabel("What helped").fill("Las sesiones de los martes");
			page.locator("label[for=again-YES]").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the exit interview")).click();
			assertThat(page.locator("main")).containsText("Your answers were saved.");
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/staff/cohorts/" + cohort.id() + "/forms");
				Browsers.assertAccessible(page);
				page.navigate(base() + "/staff/cohorts/" + cohort.id() + "/organizations/" + organization + "/forms");
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
				for (String path : new String[] { space, space + "/intake", space + "/outtake" }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
				Browsers.assertAccessible(page);
			}
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, otherStaff);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				String staffPage = "/staff/cohorts/" + cohort.id();
				for (String path : new String[] { staffPage + "/forms",
						staffPage + "/organizations/" + organization + "/forms",
						staffPage + "/exit/organizations/" + organization,
						staffPage + "/exit/providers/" + provider.id() }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
				Browsers.assertAccessible(page);
			}
		}
	}

}
