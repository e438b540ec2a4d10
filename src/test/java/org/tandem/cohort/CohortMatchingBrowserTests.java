package org.tandem.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Enlistments;
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
 * In Chromium, with JavaScript on and off: staff open a cohort's matching from its page, see which organization is
 * ready and which is not (and why), propose the batch, read the proposal with its reasons, and confirm it: the offer
 * goes out and the pair shows as offered. In Arabic on a 360 px phone the page is right to left and fits the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortMatchingBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	Enlistments enlistments;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffRunTheCohortsMatching(boolean javaScript) {
		CohortMatchingFixtures make = new CohortMatchingFixtures(this, cohorts, enlistments);
		Person coordinator = fixtures.create(true, Role.STAFF);
		// staff who assess the requests sign in elsewhere: one account never signs in twice within a code's step
		WebSession assessing = signedIn(Role.STAFF);
		String providerName = "Proveedora " + UUID.randomUUID().toString().substring(0, 6);
		ProviderNetwork.ActiveProvider provider = make.provider(providerName, 2);
		String cohortName = "Cohorte " + (javaScript ? "con" : "sin") + " JS " + UUID.randomUUID().toString().substring(0, 6);
		Cohort cohort = make.recruiting(coordinator, cohortName);
		cohorts.addProvider(cohort.id(), provider.id());
		CohortMatchingFixtures.Enlisted ready = make.enlisted(cohort, coordinator, assessing, visitor(), true);
		CohortMatchingFixtures.Enlisted waiting = make.enlisted(cohort, coordinator, assessing, visitor(), false);
		String path = "/staff/cohorts/" + cohort.id() + "/matching";

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, coordinator);
			page.navigate(base() + "/staff/cohorts/" + cohort.id());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Match within the cohort")).click();
			assertThat(page.locator("h1")).hasText("Matching within the cohort");
			assertThat(page.locator("#member-" + ready.organization())).containsText("Ready: its needs are assessed.");
			assertThat(page.locator("#member-" + waiting.organization()))
				.containsText("Not ready: its request’s needs are not assessed yet.");
			assertThat(page.locator("#pool")).containsText(providerName);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose a match")).click();
			assertThat(page.locator("#proposed")).isVisible();
			assertThat(page.locator("#provider-name-0")).hasText(providerName);
			assertThat(page.locator("#reasons-0 li").first()).isVisible();
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and send the offers")).click();
			assertThat(page.locator("#offered")).hasText("1 offer sent.");
			assertThat(page.locator("#stage-" + ready.organization())).hasText("Offered");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}

		if (javaScript) {
			Person otherStaff = fixtures.create(true, Role.STAFF);
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, otherStaff);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				page.navigate(base() + path);
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
				assertThat(page.locator("#stage-" + ready.organization())).hasText("مَعروض");
				assertNoSidewaysOverflow(page, path);
			}
		}
	}

}
