package org.tandem.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/** Browser tests: one Chromium per test class, a fresh profile per test. */
@Tag("browser")
public abstract class BrowserTestSupport extends WebTestSupport {

	protected static Browsers browsers;

	@BeforeAll
	static void startBrowser() {
		browsers = new Browsers();
	}

	@AfterAll
	static void stopBrowser() {
		browsers.close();
	}

	protected String base() {
		return "http://localhost:" + port;
	}

	/**
	 * From the page shown after a request was sent: follows the status link shown (on this test's port) and gives the
	 * code shown with it; returns the link.
	 */
	protected String openStatusPage(Page requester) {
		String statusLink = requester.locator("#status-link").getAttribute("href");
		String code = requester.locator("#status-code").textContent().strip();
		statusLink = base() + statusLink.substring(statusLink.indexOf("/request/status/"));
		requester.navigate(statusLink);
		requester.locator("input[name=code]").fill(code);
		requester.locator("main form button[type=submit]").click();
		PlaywrightAssertions.assertThat(requester.locator("#current-status")).isVisible();
		return statusLink;
	}

	/**
	 * Fails if the page is wider than the screen (a phone's, on right-to-left pages too), naming the first elements of
	 * the main content that stick out on either side.
	 */
	protected static void assertNoSidewaysOverflow(Page page, String path) {
		Object wider = page.evaluate("""
				() => [...document.querySelectorAll('main *')]
				  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
				            || e.getBoundingClientRect().left < -1)
				  .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
				  .slice(0, 5)""");
		Number overflow = (Number) page.evaluate(
				"document.documentElement.scrollWidth - document.documentElement.clientWidth");
		org.assertj.core.api.Assertions.assertThat(overflow.intValue()).as(path + " wider than the phone: " + wider)
			.isLessThanOrEqualTo(1);
	}

	/** Signs in through the pages: name, password, then the current code from the authenticator app. */
	protected void signIn(Page page, AccountFixtures.Person person) {
		page.navigate(base() + "/login");
		page.getByLabel("Sign-in name").fill(person.username());
		page.getByLabel("Password").fill(AccountFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		page.getByLabel("Code from your authenticator app").fill(person.currentCode());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Welcome");
	}

}
