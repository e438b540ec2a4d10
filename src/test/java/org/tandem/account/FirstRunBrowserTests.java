package org.tandem.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.account.domain.FirstRun;
import org.tandem.account.domain.Totp;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.Page;

/**
 * In Chromium: the first start's set-up link, the administrator enrolling an authenticator app from the QR page,
 * signing out, and signing in again with password and code. Each page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.hub-name=Browser Hub")
class FirstRunBrowserTests extends BrowserTestSupport {


	@Autowired
	FirstRun firstRun;

	@Test
	void administratorSetsUpEnrollsSignsOutAndSignsInWithTheCode() {
		String base = "http://localhost:" + port;
		try (var context = browsers.context(true)) {
			Page page = context.newPage();
			// the link as printed: without TANDEM_PUBLIC_URL it names the port in use
			page.navigate(firstRun.printedSetupLink().orElseThrow());
			assertThat(page).hasURL(java.util.regex.Pattern.compile("^" + base + "/setup/.+"));
			Browsers.assertAccessible(page);
			page.getByLabel("Your name").fill("Hub Administrator");
			page.getByLabel("Sign-in name").fill("hubadmin");
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("Quiet river, 93 paper lanterns!");
			page.getByLabel("The same password again").fill("Quiet river, 93 paper lanterns!");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Create account")).click();

			assertThat(page).hasURL(base + "/account/security/enroll");
			assertThat(page.locator(".qr svg")).isVisible();
			Browsers.assertAccessible(page);
			String secret = page.locator("code.secret").innerText().replace(" ", "");
			page.getByLabel("Enter the six-digit code the app shows").fill(code(secret, 0));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Confirm")).click();

			assertThat(page.locator("ul.codes li")).hasCount(10);
			Browsers.assertAccessible(page);
			page.getByText("I have saved them").click();
			assertThat(page.locator("h1")).hasText("Welcome, Hub Administrator");
			Browsers.assertAccessible(page);

			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.getByText("You have signed out.")).isVisible();
			Browsers.assertAccessible(page);

			page.getByLabel("Sign-in name").fill("hubadmin");
			page.getByLabel("Password").fill("Quiet river, 93 paper lanterns!");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
			assertThat(page).hasURL(base + "/login/second-factor");
			Browsers.assertAccessible(page);
			page.getByLabel("Code from your authenticator app").fill(code(secret, 1));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Continue")).click();
			assertThat(page.locator("h1")).hasText("Welcome, Hub Administrator");

			for (String path : new String[] { "/admin/users", "/invitations", "/account/security", "/account/tokens",
					"/admin/audit" }) {
				page.navigate(base + path);
				assertThat(page.locator("h1")).isVisible();
				Browsers.assertAccessible(page);
			}
			assertThat(page.locator("main")).containsText("Signed in");
			page.navigate(base + "/admin/users");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Hub Administrator")).click();
			assertThat(page.locator("main")).containsText("hubadmin");
			Browsers.assertAccessible(page);
		}
	}

	/** The code for the current step plus {@code ahead}: a sign-in right after enrolling needs a code not used yet. */
	static String code(String secret, int ahead) {
		return Totp.codeAt(secret, Totp.stepAt(Instant.now()) + ahead);
	}

}
