package org.tandem.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, with JavaScript on and off, in English and in Arabic: someone asks for help anonymously from a phone,
 * saves the link and the code, follows the link as shown (it names the address they used), and follows the request; staff ask a question on the queue; the answer reaches them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "JavaScript {0}, {1}")
	@CsvSource({ "true, en-GB", "false, en-GB", "true, ar", "false, ar" })
	void anAnonymousRequestReachesStaffAndTheirQuestionIsAnswered(boolean javaScript, String locale) {
		String description = "The office laptop was seized at the border " + javaScript + " " + locale;
		String link;
		String code;
		try (BrowserContext context = browsers.context(javaScript, locale)) {
			Page page = context.newPage();
			page.navigate(base() + "/");
			page.locator("#ask-for-help").click();
			if (locale.equals("ar")) {
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			}
			page.locator("input[name=anonymous][value=true]").check();
			page.locator("input[name=nameWithheld]").check();
			page.locator("select[name=country]").selectOption("LB");
			page.locator("input[name=languages][value=ar]").check();
			page.locator("input[name=problems][value=DEVICE_LOST_OR_SEIZED]").check();
			page.locator("textarea[name=description]").fill(description);
			page.locator("input[name=urgency][value=URGENT]").check();
			page.locator("select[name=timeframe]").selectOption("THIS_WEEK");
			page.locator("input[name=approach][value=NOT_SURE]").check();
			page.locator("input[name=contactMethod][value=STATUS_PAGE]").check();
			// Forgot the consent: a clear message, and nothing typed is lost.
			page.locator("form[action='/request'] button[type=submit]").click();
			assertThat(page.locator("[role=alert]").first()).isVisible();
			assertThat(page.locator("textarea[name=description]")).hasValue(description);
			assertThat(page.locator("input[name=problems][value=DEVICE_LOST_OR_SEIZED]")).isChecked();
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.locator("input[name=consent]").check();
			page.locator("form[action='/request'] button[type=submit]").click();
			link = page.locator("#status-link").getAttribute("href");
			code = page.locator("#status-code").textContent().strip();
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			// The link shown works where the requester is (no TANDEM_PUBLIC_URL here: the address they used).
			org.assertj.core.api.Assertions.assertThat(link).startsWith(base() + "/request/status/");
			page.locator("#status-link").click();
			assertThat(page.locator("input[name=code]")).isVisible();
		}

		// On another device, the link as it was copied.
		try (BrowserContext context = browsers.context(javaScript, locale)) {
			Page page = context.newPage();
			page.navigate(link);
			page.locator("input[name=code]").fill("0000-0000");
			page.locator("main form button[type=submit]").click();
			assertThat(page.locator("[role=alert]")).isVisible();
			page.locator("input[name=code]").fill(code.toLowerCase());
			page.locator("main form button[type=submit]").click();
			assertThat(page.locator("#current-status")).isVisible();
			if (javaScript) {
				Browsers.assertAccessible(page);
			}

			Person staff = fixtures.create(true, Role.STAFF);
			try (BrowserContext staffContext = browsers.context(javaScript)) {
				Page desk = staffContext.newPage();
				signIn(desk, staff);
				desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Requests").setExact(true)).first().click();
				desk.locator("select[name=sort]").selectOption("NEWEST");
				desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
				desk.locator("#queue tbody tr").first().locator("a").first().click();
				assertThat(desk.locator("#description")).hasText(description);
				if (javaScript) {
					Browsers.assertAccessible(desk);
				}
				desk.getByLabel("Write to the requester").fill("Was the laptop encrypted?");
				desk.getByLabel("This message asks for information", new Page.GetByLabelOptions().setExact(false)).check();
				desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
				assertThat(desk.locator("#current-status")).hasText("Needs information");

				page.reload();
				assertThat(page.locator(".messages")).containsText("Was the laptop encrypted?");
				page.locator("textarea[name=body]").fill("Yes, with a passphrase.");
				page.locator("form[action$='/messages'] button[type=submit]").click();
				assertThat(page.locator(".messages")).containsText("Yes, with a passphrase.");

				desk.reload();
				assertThat(desk.locator(".messages")).containsText("Yes, with a passphrase.");
				assertThat(desk.locator("main")).containsText("new reply");
			}
		}
	}

	/**
	 * The form states the inactivity rule; a request nobody acted on for 50 days shows, when its requester comes back,
	 * the date it was to be destroyed and that the visit keeps it.
	 */
	@ParameterizedTest(name = "JavaScript {0}, {1}")
	@CsvSource({ "false, en-GB", "true, ar" })
	void aRequesterComingBackToAnIdleRequestSeesTheWarningAndKeepsIt(boolean javaScript, String locale) {
		String link;
		String code;
		try (BrowserContext context = browsers.context(javaScript, locale)) {
			Page page = context.newPage();
			page.navigate(base() + "/request");
			assertThat(page.locator("#inactivity-rule bdi").first()).hasText("60");
			page.locator("input[name=anonymous][value=true]").check();
			page.locator("input[name=nameWithheld]").check();
			page.locator("input[name=languages][value=ar]").check();
			page.locator("textarea[name=description]").fill("Our website was defaced " + javaScript + " " + locale);
			page.locator("input[name=urgency][value=SOON]").check();
			page.locator("select[name=timeframe]").selectOption("THIS_WEEK");
			page.locator("input[name=approach][value=NOT_SURE]").check();
			page.locator("input[name=contactMethod][value=STATUS_PAGE]").check();
			page.locator("input[name=consent]").check();
			page.locator("form[action='/request'] button[type=submit]").click();
			link = page.locator("#status-link").getAttribute("href");
			code = page.locator("#status-code").textContent().strip();
		}
		String path = link.substring(link.indexOf("/request/status/"));
		java.util.UUID id = requestOf(path);
		java.time.Instant idleSince = java.time.Instant.now().minus(java.time.Duration.ofDays(50));
		jdbc.sql("update help_request set last_activity_at = :t where id = :id")
			.param("t", java.sql.Timestamp.from(idleSince))
			.param("id", id)
			.update();
		String wasDue = org.tandem.intake.domain.Inactivity.day(idleSince.plus(java.time.Duration.ofDays(60)));

		try (BrowserContext context = browsers.context(javaScript, locale)) {
			Page page = context.newPage();
			page.navigate(base() + path);
			page.locator("input[name=code]").fill(code);
			page.locator("main form button[type=submit]").click();
			assertThat(page.locator("#inactivity-warning")).isVisible();
			assertThat(page.locator("#inactivity-warning bdi").first()).hasText(wasDue);
			if (locale.equals("ar")) {
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			}
			else {
				assertThat(page.locator("#inactivity-warning")).containsText("Your visit keeps it");
			}
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			// the visit kept the request: coming back again shows no warning
			page.reload();
			assertThat(page.locator("#inactivity-rule")).isVisible();
			assertThat(page.locator("#inactivity-warning")).hasCount(0);
		}
	}

}
