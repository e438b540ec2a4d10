package org.tandem.evaluation.figures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Date;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The program figures in Chromium, JavaScript on and off: every chart is an image named by its title and
 * description with the same numbers in a table beside it, hidden cells read as such, and the page in Arabic on a
 * 360 px phone is right to left, fits the screen and passes axe-core (with JavaScript, which axe needs).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "tandem.test.context=figures-browser")
class FiguresBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void someMonthsWereCounted() {
		YearMonth last = YearMonth.now(ZoneOffset.UTC);
		if (jdbc.sql("select count(*) from intake_request_month_tally where slot = 3").query(Long.class).single() > 0) {
			return;
		}
		long[] counts = { 12, 3, 27, 8, 41, 6 };
		for (int i = 0; i < counts.length; i++) {
			jdbc.sql("""
					insert into intake_request_month_tally (month_start, approach, anonymous, slot, requests)
					values (:m, 'INTRODUCTION', true, 3, :n)""")
				.param("m", Date.valueOf(last.minusMonths(i).atDay(1))).param("n", counts[i]).update();
		}
		jdbc.sql("insert into intake_referral_tally (month_start, source, slot, requests) values (:m, 'EVENT', 3, 9)")
			.param("m", Date.valueOf(last.atDay(1))).update();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void everyChartHasItsAccessibleTextAndItsTableAlsoInArabicOnAPhone(boolean javaScript) {
		Person staff = fixtures.create(true, Role.STAFF);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/staff/figures");
			assertThat(page.locator("h1")).hasText("Program figures");
			checkCharts(page);
			// the months counted show as bars and in the table: 12 → 10, 27 → 25, 8 → 10, 41 → 40, 6 → 5; 3 hidden
			Locator requests = page.locator("#figure-requests");
			assertThat(requests.locator("svg rect[fill='#1d4e89']")).hasCount(5);
			assertThat(requests.locator("table")).containsText("10");
			assertThat(requests.locator("table")).containsText("40");
			assertThat(requests.locator("table")).containsText("fewer than 5");
			assertThat(requests.locator("table")).not().containsText("41");
			assertThat(page.locator("#figure-referrals table")).containsText("hidden to protect another figure");

			page.navigate(base() + "/staff/figures?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("h1")).hasText("أرقام البرنامج");
			checkCharts(page);
			assertNoSidewaysOverflow(page, "/staff/figures?lang=ar");
			assertThat(page.locator("main")).not().containsText("??");
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/staff/figures");
				Browsers.assertAccessible(page);
			}
		}
	}

	private static void checkCharts(Page page) {
		Locator charts = page.locator("figure.chart");
		assertThat(charts).hasCount(11);
		for (int i = 0; i < charts.count(); i++) {
			Locator chart = charts.nth(i);
			String id = chart.getAttribute("id");
			Locator svg = chart.locator("svg[role=img]");
			assertThat(svg).hasCount(1);
			assertThat(svg).hasAttribute("aria-labelledby", id + "-title " + id + "-desc");
			String title = chart.locator("svg > title").textContent();
			String description = chart.locator("svg > desc").textContent();
			org.assertj.core.api.Assertions.assertThat(title).as(id).isNotBlank();
			org.assertj.core.api.Assertions.assertThat(description).as(id).isNotBlank();
			// what a screen reader announces for the picture: its title, then its description
			assertThat(svg).hasAccessibleName(title + " " + description);
			assertThat(chart.locator("table caption")).hasText(title);
			org.assertj.core.api.Assertions.assertThat(chart.locator("table tbody tr").count()).as(id).isPositive();
			assertThat(chart.locator("svg script")).hasCount(0);
			org.assertj.core.api.Assertions.assertThat(List.of(chart.innerHTML())).allSatisfy(html ->
					org.assertj.core.api.Assertions.assertThat(html).doesNotContain("href=\"http"));
		}
	}

}
