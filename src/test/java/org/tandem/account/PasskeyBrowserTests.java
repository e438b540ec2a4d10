package org.tandem.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.platform.Role;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.Browsers;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Passkeys in Chromium with a virtual authenticator (the DevTools WebAuthn domain): a provider adds a passkey as
 * second factor, signs out, and signs in again with the passkey alone. The instance's public address is the one the
 * browser uses, since passkeys are bound to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyBrowserTests extends BrowserTestSupport {

	static final int PORT = freePort();



	@DynamicPropertySource
	static void address(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("tandem.public-url", () -> "http://localhost:" + PORT);
	}

	@Test
	void aPasskeyIsAddedAndThenSignsInOnItsOwn() {
		Person provider = fixtures.create(true, Role.PROVIDER);
		String base = "http://localhost:" + PORT;
		try (BrowserContext context = browsers.context(true)) {
			Page page = context.newPage();
			var devTools = context.newCDPSession(page);
			devTools.send("WebAuthn.enable");
			JsonObject options = new JsonObject();
			options.addProperty("protocol", "ctap2");
			options.addProperty("transport", "internal");
			options.addProperty("hasResidentKey", true);
			options.addProperty("hasUserVerification", true);
			options.addProperty("isUserVerified", true);
			options.addProperty("automaticPresenceSimulation", true);
			JsonObject authenticator = new JsonObject();
			authenticator.add("options", options);
			devTools.send("WebAuthn.addVirtualAuthenticator", authenticator);

			signIn(page, provider);

			page.navigate(base + "/account/security/enroll");
			page.getByLabel("Name of this passkey").fill("Work laptop");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
			assertThat(page.locator("ul.codes li")).hasCount(10);
			page.getByText("I have saved them").click();
			assertThat(page.locator("main")).containsText("Work laptop");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.getByText("You have signed out.")).isVisible();
			java.util.List<String> beforeSignIn = new java.util.ArrayList<>();
			page.onResponse(response -> {
				if (response.url().endsWith("/webauthn/authenticate/options")) {
					String cookie = response.headerValue("set-cookie");
					if (cookie != null) {
						beforeSignIn.add(cookie.replaceAll("^TANDEM_SESSION=([^;]*).*$", "$1"));
					}
				}
			});
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
			assertThat(page.locator("h1")).containsText("Welcome");
			String afterSignIn = context.cookies().stream().filter(c -> c.name.equals("TANDEM_SESSION"))
				.findFirst().orElseThrow().value;
			assertThat(beforeSignIn).isNotEmpty().doesNotContain(afterSignIn);
			assertThat(page.locator("header")).containsText("Test " + provider.username());
			page.navigate(base + "/account/tokens");
			assertThat(page.locator("h1")).hasText("Access tokens");
		}
		assertThat(jdbc.sql("select count(*) from security_event where account_id = :id and kind = 'PASSKEY_ADDED'")
			.param("id", provider.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from security_event where account_id = :id and kind = 'SIGN_IN' and detail = 'passkey'")
			.param("id", provider.id()).query(Long.class).single()).isEqualTo(1);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
