package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.ProviderNetwork;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The evaluation journey in Chromium, JavaScript on and off: the engagement's staff participant makes a full plan,
 * picks four of the framework's outcomes and writes one of the organization's own, scores the baseline with
 * justifications and the final on one form each, and reads the figures; a cohort's coordinator makes a light plan and
 * records two rounds of lights; the plan's pages in Arabic on a 360 px phone stay within the screen and pass axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EvaluationTestSupport.OWN)
class EvaluationBrowserTests extends BrowserTestSupport {

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	CohortService cohorts;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aFullPlanFromBaselineToFiguresAndALightPlanWithTwoRounds(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("Radio Sur " + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "GT")).id();
		UUID engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/engagements/" + engagement);
			page.locator("#evaluation-link").click();
			page.locator("#mode-FULL").check();
			page.locator("main form button[type=submit]").click();
			assertThat(page.url()).contains("/evaluations/");
			String plan = base() + page.url().replaceAll(".*(/evaluations/[0-9a-f-]{36}).*", "$1");

			page.navigate(plan + "/outcomes");
			for (String code : List.of("1.1", "2.4", "3.1", "4.3")) {
				page.locator("#choice").selectOption("F:" + code);
				page.locator("#pick form button[type=submit]").click();
				assertThat(page.url()).contains("added");
			}
			page.locator("#objective").selectOption("2");
			page.locator("#custom input[name=kind][value=BEHAVIOUR]").check();
			page.locator("#custom-wording").fill("Reporters check in after every field trip");
			page.locator("#custom input[name=smart][value=specific]").check();
			page.locator("#custom form button[type=submit]").click();
			assertThat(page.url()).contains("added");
			List<UUID> ids = jdbc.sql("select o.id from evaluation_outcome o join evaluation_plan p on p.id = o.plan_id"
					+ " where p.engagement_id = :e order by o.position").param("e", engagement).query(UUID.class).list();
			assertThat(ids).hasSize(5);

			int[] baseline = { 2, 1, 3, 5, 1 };
			int[] last = { 4, 3, 3, 4, 5 };
			score(page, plan + "/rounds/1", ids, baseline, "at the start");
			score(page, plan + "/rounds/3", ids, last, "at the end");
			page.navigate(plan);
			assertThat(page.locator("#change-table tbody tr").count()).isEqualTo(5);
			// final scores 4, 3, 3, 4, 5: average 3.80; changes +2, +2, 0, -1, +4: average 1.40
			String overall = page.locator("#overall").textContent();
			assertThat(overall).contains("3.80").contains("1.40");
			assertThat(page.locator("#framework-credit").textContent()).contains("CC BY-SA 4.0");
			// the charts: the picture named by its title and description, the numbers in a table beside it
			assertThat(page.locator("#evaluation-chart-scores svg[role=img] title").textContent())
				.isEqualTo("Scores per outcome: baseline, mid-term and final");
			assertThat(page.locator("#evaluation-chart-scores svg[role=img]").getAttribute("aria-labelledby"))
				.isEqualTo("evaluation-chart-scores-title evaluation-chart-scores-desc");
			assertThat(page.locator("#evaluation-chart-scores svg[role=img] desc").textContent()).contains("1 (not at all)");
			assertThat(page.locator("#evaluation-chart-scores table tbody tr").count()).isEqualTo(5);
			assertThat(page.locator("#evaluation-chart-objectives svg[role=img] title").textContent())
				.isEqualTo("Average per objective: baseline and end");
			assertThat(page.locator("#evaluation-chart-scores svg[role=img]").isVisible()).isTrue();
			// the printable report, downloaded from its link
			com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#report-pdf-link").click());
			try (java.io.InputStream pdf = download.createReadStream()) {
				assertThat(new String(pdf.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}

			page.setViewportSize(360, 740);
			for (String path : List.of(plan + "?lang=ar", plan + "/rounds/1?lang=ar", plan + "/outcomes?lang=ar")) {
				page.navigate(path);
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
				assertThat(page.content()).doesNotContain("??");
				if (path.equals(plan + "?lang=ar")) {
					assertThat(page.locator("#evaluation-chart-scores svg[role=img] title").textContent())
						.isEqualTo("التقييم لكل نتيجة: خط الأساس ومنتصف المدة والتقييم النهائي");
				}
				assertNoSidewaysOverflow(page, path);
				Browsers.assertAccessible(page);
			}
			page.navigate(plan + "?lang=en");
		}

		Person coordinator = fixtures.create(true, Role.STAFF);
		LocalDate start = LocalDate.now().plusMonths(1);
		Cohort planned = cohorts.create(new Cohort.Terms("Cohorte " + UUID.randomUUID(), "Seis meses", start,
				start.plusMonths(6), Set.of("es", "en"), 10, 5), Set.of(coordinator.id()), coordinator.id());
		UUID cohort = cohorts.move(planned.id(), planned.version(), CohortStatus.RECRUITING, coordinator.id()).id();
		cohorts.addOrganization(cohort, organization);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, coordinator);
			page.navigate(base() + "/staff/cohorts/" + cohort);
			page.locator("a.evaluation-link").first().click();
			page.locator("#mode-LIGHT").check();
			page.locator("main form button[type=submit]").click();
			String plan = base() + page.url().replaceAll(".*(/evaluations/[0-9a-f-]{36}).*", "$1");
			page.navigate(plan + "/outcomes");
			for (String code : List.of("2.9", "4.9")) {
				page.locator("#choice").selectOption("F:" + code);
				page.locator("#pick form button[type=submit]").click();
			}
			List<UUID> ids = jdbc.sql("select o.id from evaluation_outcome o join evaluation_plan p on p.id = o.plan_id"
					+ " where p.cohort_id = :c order by o.position").param("c", cohort).query(UUID.class).list();
			score(page, plan + "/rounds/1", ids, new int[] { 1, 2 }, "");
			score(page, plan + "/rounds/2", ids, new int[] { 3, 2 }, "");
			page.navigate(plan);
			assertThat(page.locator("#light-table tbody tr").count()).isEqualTo(2);
			// round 1: (1+2)/2 = 1.50 yellow; round 2: (3+2)/2 = 2.50 green, each with its word and shape
			String rows = page.locator("#light-table").textContent();
			assertThat(rows).contains("1.50").contains("Yellow").contains("▲").contains("2.50").contains("Green")
				.contains("●");
			assertThat(page.locator("#evaluation-chart-lights svg[role=img] title").textContent())
				.isEqualTo("Lights per outcome over the rounds");
			assertThat(page.locator("#evaluation-chart-lights table tbody tr").count()).isEqualTo(2);
			page.navigate(plan + "?lang=ar");
			assertThat(page.locator("#evaluation-chart-lights svg[role=img] title").textContent())
				.isEqualTo("إشارات كل نتيجة عبر الجولات");
			assertNoSidewaysOverflow(page, "light plan in Arabic");
			Browsers.assertAccessible(page);
		}
	}

	private static void score(Page page, String round, List<UUID> ids, int[] values, String why) {
		page.navigate(round);
		for (int i = 0; i < ids.size(); i++) {
			page.locator("input[name='score-" + ids.get(i) + "'][value='" + values[i] + "']").check();
			if (!why.isEmpty()) {
				page.locator("#text-" + ids.get(i)).fill("Scored " + values[i] + " " + why);
			}
		}
		page.locator("#save-round").click();
		assertThat(page.url()).contains("saved=" + ids.size());
	}

}
