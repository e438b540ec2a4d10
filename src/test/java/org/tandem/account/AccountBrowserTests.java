package org.tandem.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tandem.account.domain.Totp;
import org.tandem.platform.Role;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** In Chromium, with JavaScript on and off: invitations, sign-in with a second factor, and right-to-left Arabic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountBrowserTests extends BrowserTestSupport {



	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffInviteAProviderWhoMustEnrollASecondFactorBeforeSeeingAnything(boolean javaScript) {
		Person staff = fixtures.create(true, Role.STAFF);
		String link;
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/invitations");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.getByLabel("Provider").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation")).click();
			link = page.locator("[data-invitation-link]").innerText();
		}
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			page.navigate(base() + link.substring(link.indexOf("/invitation/")));
			assertThat(page.locator("main")).containsText("Provider");
			page.getByLabel("Your name").fill("Rosa Provider");
			page.getByLabel("Sign-in name").fill("rosa-" + javaScript + "-" + port);
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
			page.getByLabel("The same password again").fill("short");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
			assertThat(page.locator("main")).containsText("This password is too short");
			assertThat(page.getByLabel("Your name")).hasValue("Rosa Provider");

			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("Quiet river, 93 paper lanterns!");
			page.getByLabel("The same password again").fill("Quiet river, 93 paper lanterns!");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
			assertThat(page).hasURL(base() + "/account/security/enroll");
			assertThat(page.locator("main")).containsText("Your role needs a second factor");
			page.navigate(base() + "/dashboard");
			assertThat(page).hasURL(base() + "/account/security/enroll");

			String secret = page.locator("code.secret").innerText().replace(" ", "");
			page.getByLabel("Enter the six-digit code the app shows")
				.fill(Totp.codeAt(secret, Totp.stepAt(Instant.now())));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
			assertThat(page.locator("ul.codes li")).hasCount(10);
			page.getByText("I have saved them").click();
			assertThat(page.locator("h1")).hasText("Welcome, Rosa Provider");
		}
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void signInWithPasswordAndCodeThenSignOut(boolean javaScript) {
		Person admin = fixtures.create(true, Role.ADMIN);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			page.navigate(base() + "/dashboard");
			assertThat(page).hasURL(base() + "/login");
			page.getByLabel("Sign-in name").fill(admin.username());
			page.getByLabel("Password").fill("wrong password, wrong");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("The sign-in name or password is not right.");
			assertThat(page.getByLabel("Sign-in name")).hasValue(admin.username());

			page.getByLabel("Password").fill(AccountFixtures.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
			assertThat(page).hasURL(base() + "/login/second-factor");
			page.getByLabel("Code from your authenticator app").fill(admin.currentCode());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
			assertThat(page.locator("h1")).containsText("Welcome");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).first().click();
			// the list goes by 50 by sign-in name; the administrator goes to their own
			page.getByLabel("Go to sign-in name").fill(admin.username());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go").setExact(true)).click();
			assertThat(page.locator("main table")).containsText(admin.username());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.getByText("You have signed out.")).isVisible();
			page.navigate(base() + "/admin/users");
			assertThat(page).hasURL(base() + "/login");
		}
	}

	@Test
	void theLanguageSwitchNeedsNoAccountAndArabicReadsRightToLeft() {
		try (BrowserContext context = browsers.context(false)) {
			Page page = context.newPage();
			page.navigate(base() + "/login");
			assertThat(page.locator("html")).hasAttribute("dir", "ltr");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العربية")).click();
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("html")).hasAttribute("lang", "ar");
			page.navigate(base() + "/");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
			assertThat(page.locator("html")).hasAttribute("lang", "fr");
			assertThat(page.locator("html")).hasAttribute("dir", "ltr");
		}
		try (BrowserContext context = browsers.context(true)) {
			Page page = context.newPage();
			for (String path : new String[] { "/?lang=ar", "/login", "/password-reset", "/nowhere",
					"/invitation/no-such-link", "/password-reset/no-such-link", "/login?lang=fr" }) {
				page.navigate(base() + path);
				Browsers.assertAccessible(page);
			}
		}
	}

}
