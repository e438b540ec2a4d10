package org.tandem.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
import org.tandem.directory.Providers;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * In Chromium, with JavaScript on and off: staff plan a session (a bad link is said, what was typed kept) and take
 * its attendance; the organization's member finds it in the cohort's space and opens it. In Arabic on a 360 px phone
 * the session pages are right to left and fit the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class SessionBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	CohortAgreementService agreements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffPlanASessionAndTakeAttendanceAndTheMemberSeesIt(boolean javaScript) {
		SessionFixtures world = SessionFixtures.cohort(this, fixtures, cohorts, organizations, providers, agreements);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		organizations.addMember(world.organization(), member.username());
		String title = "Bienvenida " + (javaScript ? "con" : "sin") + " JS " + UUID.randomUUID().toString().substring(0, 6);
		String sessionPath;

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, world.staff());
			page.navigate(base() + "/staff/cohorts/" + world.cohort());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a session")).click();
			page.locator("select#kind").selectOption(new SelectOption().setValue("WELCOME_ONBOARDING"));
			page.getByLabel("Title").fill(title);
			page.getByLabel("Day").fill("2027-03-02");
			page.getByLabel("Start time").fill("10:00");
			page.locator("select#timeZone").selectOption(new SelectOption().setValue("America/Argentina/Buenos_Aires"));
			page.getByLabel("Online link").fill("javascript:alert(1)");
			page.getByLabel("Agenda").fill("- Presentaciones\n- La plataforma");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan and invite")).click();
			assertThat(page.locator("main")).containsText("Give a web address starting with https:// or http://.");
			assertThat(page.getByLabel("Title")).hasValue(title);
			page.getByLabel("Online link").fill("https://meet.example.org/bienvenida");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan and invite")).click();
			assertThat(page.locator("main")).containsText("The session is planned and the invitations are on their way.");
			sessionPath = page.url().replaceAll("^https?://[^/]+", "").split("\\?")[0];
			page.locator("#attendance input[name=organization]").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the attendance")).click();
			assertThat(page.locator("main")).containsText("The attendance is saved.");
			assertThat(page.locator("#attendance input[name=organization]")).isChecked();
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/staff/cohorts/" + world.cohort() + "/sessions/new");
				Browsers.assertAccessible(page);
			}
		}

		String memberPath = "/cohorts/" + world.cohort() + "/sessions/" + sessionPath.replaceAll(".*/", "");
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			page.navigate(base() + "/cohorts/" + world.cohort());
			assertThat(page.locator("#sessions-rule")).containsText("You attended 1 session so far.");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator("#session-link")).hasAttribute("href", "https://meet.example.org/bienvenida");
			assertThat(page.locator("#session-agenda li")).hasCount(2);
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/cohorts/calendar");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a link")).click();
				assertThat(page.locator("#calendar-link")).containsText("/calendar/");
				Browsers.assertAccessible(page);
			}
		}

		if (javaScript) {
			// other people of the same sides: a second sign-in within one authenticator step would be a replayed code
			Person colleague = fixtures.create(true, Role.ORG_MEMBER);
			organizations.addMember(world.organization(), colleague.username());
			Person otherStaff = fixtures.create(true, Role.STAFF);
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, colleague);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				for (String path : new String[] { "/cohorts/" + world.cohort(), memberPath, "/cohorts/calendar" }) {
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
				for (String path : new String[] { sessionPath, "/staff/cohorts/" + world.cohort() + "/sessions/new" }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
			}
		}
	}

}
