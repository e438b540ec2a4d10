package org.tandem.evaluation.works;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.EvaluationPlans.Entry;
import org.tandem.evaluation.domain.PlanOutcome;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * What works in Chromium, JavaScript on and off: both charts are images named by their title and description with
 * the same figures in a table beside them; the five organizations evaluated here are described, small groups read
 * "fewer than 5"; in Arabic on a 360 px phone the page is right to left, fits the screen and passes axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "tandem.test.context=works-browser")
class WhatWorksBrowserTests extends BrowserTestSupport {

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	EvaluationPlans plans;

	@Autowired
	WhatWorksTally tally;

	/** Each visitor (providers applying too) comes from an address of its own: no rate limit shared between tests. */
	@Override
	protected org.tandem.support.WebSession visitor() {
		return super.visitor().from(org.tandem.support.LogLeakWatcher.freshRequesterAddress());
	}

	@BeforeEach
	void fiveOrganizationsWereEvaluated() {
		if (jdbc.sql("select count(*) from evaluation_plan").query(Long.class).single() >= 5) {
			return;
		}
		UUID provider = new ProviderNetwork(this).activeProvider().id();
		Person staff = fixtures.create(true, Role.STAFF);
		int[][] scores = { { 2, 3 }, { 2, 4 }, { 3, 3 }, { 4, 5 }, { 1, 2 } };
		for (int[] score : scores) {
			UUID organization = organizations.create(new Organization.Profile("Works " + UUID.randomUUID(), null,
					null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
			Person member = fixtures.create(false, Role.ORG_MEMBER);
			organizations.addMember(organization, member.username());
			UUID engagement = engagements.openByHand(organization, provider, staff.id()).id();
			EvaluationPlan plan = plans.makeForEngagement(engagement, member.id(), new EvaluationPlan.Dates(
					PlanMode.FULL, LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(6), null));
			PlanOutcome outcome = plans.addFromFramework(plan.id(), member.id(), "1.1", null);
			plans.record(plan.id(), member.id(), 1, List.of(new Entry(outcome.id(), score[0], "why")));
			plans.record(plan.id(), member.id(), 3, List.of(new Entry(outcome.id(), score[1], "why now")));
		}
		tally.recompute();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void theChartsTheirTablesAndArabicOnAPhone(boolean javaScript) {
		Person advisory = fixtures.create(true, Role.ADVISORY);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, advisory);
			page.navigate(base() + "/evaluation/what-works");
			assertThat(page.locator("h1")).hasText("What works");
			checkCharts(page);
			// the worked example: 5 organizations, average change 55.0, improved 80 %, potential reached 45.0
			Locator reference = page.locator("table.works-table tr.reference").first();
			assertThat(reference).containsText("55.0");
			assertThat(reference).containsText("80 %");
			assertThat(reference).containsText("45.0");
			assertThat(page.locator("main")).containsText("fewer than 5");

			page.navigate(base() + "/evaluation/what-works?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("h1")).hasText("ما الذي ينجح");
			checkCharts(page);
			assertNoSidewaysOverflow(page, "/evaluation/what-works?lang=ar");
			assertThat(page.locator("main")).not().containsText("??");
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/evaluation/what-works");
				Browsers.assertAccessible(page);
			}
		}
	}

	private static void checkCharts(Page page) {
		Locator charts = page.locator("figure.chart");
		assertThat(charts).hasCount(2);
		for (int i = 0; i < charts.count(); i++) {
			Locator chart = charts.nth(i);
			String id = chart.getAttribute("id");
			Locator svg = chart.locator("svg[role=img]");
			assertThat(svg).hasAttribute("aria-labelledby", id + "-title " + id + "-desc");
			String title = chart.locator("svg > title").textContent();
			String description = chart.locator("svg > desc").textContent();
			assertThat(svg).hasAccessibleName(title + " " + description);
			assertThat(chart.locator("table caption")).hasText(title);
			assertThat(chart.locator("svg script")).hasCount(0);
		}
	}

}
