package org.tandem.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * In Chromium, with JavaScript on and off: staff open the overview, follow the emergencies figure to the filtered
 * queue and find a request by the reference a requester reads out; the requester, on a 360 px phone in Arabic, sees
 * the steps of the request with the current one marked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffOverviewBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void fromTheOverviewToTheFilteredQueueAndTheRequestersStepsOnAPhone(boolean javaScript) {
		String[] sent = sendEmergency();
		String reference = jdbc.sql("select r.reference from help_request r join help_request_link l on l.request_id = r.id "
				+ "where l.link_digest = :d")
			.param("d", org.tandem.intake.domain.StatusLinks.linkDigest(sent[0].substring("/request/status/".length())))
			.query(String.class)
			.single();

		Person staff = fixtures.create(true, Role.STAFF);
		try (BrowserContext context = browsers.context(javaScript, "en-GB")) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/dashboard");
			assertThat(page.locator("#overview")).isVisible();
			assertThat(page.locator("#figure-emergencies")).hasClass(java.util.regex.Pattern.compile("attention"));
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.locator("#figure-emergencies a").click();
			org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/staff/requests?urgency=EMERGENCY");
			assertThat(page.locator("#urgency")).hasValue("EMERGENCY");
			assertThat(page.locator("#queue")).containsText(reference);

			// the requester reads the reference out: lower case, spaced, without the prefix
			String said = reference.substring(2, 5).toLowerCase() + " " + reference.substring(5).toLowerCase();
			page.locator("#reference").fill(said);
			page.locator("#reference-search button[type=submit]").click();
			org.assertj.core.api.Assertions.assertThat(page.url()).contains("/staff/requests/");
			assertThat(page.locator("main")).containsText(reference);
			page.goBack();
			page.navigate(base() + "/staff/requests?reference=R-12");
			assertThat(page.locator("#reference-error")).isVisible();
			assertThat(page.locator("#reference")).hasValue("R-12");
		}

		try (BrowserContext context = browsers.context(javaScript, "ar")) {
			Page page = context.newPage();
			page.setViewportSize(360, 740);
			page.navigate(base() + sent[0] + "?lang=ar");
			page.locator("input[name=code]").fill(sent[1]);
			page.locator("main form button[type=submit]").click();
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("#journey li")).hasCount(6);
			assertThat(page.locator("#journey li[aria-current=step]")).hasCount(1);
			assertThat(page.locator("#journey li[aria-current=step]")).hasText("الاستلام");
			assertThat(page.locator("#journey li[aria-current=step]")).isVisible();
			assertThat(page.locator("#journey-next")).containsText("لا شيء مطلوب منك الآن");
			if (javaScript) {
				Object width = page.evaluate("document.documentElement.scrollWidth");
				org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
				Browsers.assertAccessible(page);
			}
		}
	}

	/** Sends an emergency through the form over HTTP; returns its status path and code. */
	private String[] sendEmergency() {
		WebSession web = visitor().from(LogLeakWatcher.freshRequesterAddress());
		WebSession.Page sentPage = org.tandem.support.RequestFixtures.send(web,
				Map.of("country", "LB", "languages", "ar", "urgency", "EMERGENCY"), Map.of());
		String link = sentPage.html().selectFirst("#status-link").attr("href");
		return new String[] { link.substring(link.indexOf("/request/status/")),
				sentPage.html().selectFirst("#status-code").text() };
	}

}
