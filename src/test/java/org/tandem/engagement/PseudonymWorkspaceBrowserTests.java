package org.tandem.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, with JavaScript on and off: an anonymous requester, introduced to a provider, sets up a workspace under
 * a pseudonym from the page before their final yes (a password typed twice differently is said, the pseudonym kept),
 * says yes, the provider confirms, and the pseudonym signs in to find the workspace open. In Arabic on a 360 px
 * phone the page stays within the screen and the pseudonym is isolated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class PseudonymWorkspaceBrowserTests extends BrowserTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void theRequesterChoosesAPseudonymAndFindsTheWorkspaceOpenAfterContact(boolean javaScript) {
		Introduced introduced = introduced();
		String path = introduced.path();
		String code = introduced.code();
		String pseudonym = "heron-" + UUID.randomUUID().toString().substring(0, 8);

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			page.navigate(base() + path);
			page.locator("input[name=code]").fill(code);
			page.locator("main form button[type=submit]").click();
			page.navigate(base() + path + "/contact/yes");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up a workspace under a pseudonym"))
				.click();
			assertThat(page.locator("h1")).hasText("A workspace under a pseudonym");
			page.getByLabel("Pseudonym").fill(pseudonym);
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
			page.getByLabel("Password again").fill(AccountFixtures.PASSWORD + " not quite");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up my workspace")).click();
			assertThat(page.locator("#error-summary")).containsText("Password again");
			assertThat(page.getByLabel("Pseudonym")).hasValue(pseudonym);
			assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).hasValue("");
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
			page.getByLabel("Password again").fill(AccountFixtures.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up my workspace")).click();
			assertThat(page.locator("#pseudonym-chosen")).hasText("Your workspace is set up.");
			assertThat(page.locator("#pseudonym-state bdi")).hasText(pseudonym);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("On to confirming contact")).click();
			page.locator("#final-yes").click();
		}
		introduced.provider().web().get("/provider/handoffs/" + introduced.offer());
		introduced.provider().web().post("/provider/handoffs/" + introduced.offer() + "/contact",
				Map.of("reached", "1"));

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			page.navigate(base() + "/login");
			page.getByLabel("Sign-in name").fill(pseudonym);
			page.getByLabel("Password").fill(AccountFixtures.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
			page.navigate(base() + "/engagements");
			assertThat(page.locator("#pseudonym-waiting")).hasCount(0);
			page.locator("main table a").first().click();
			assertThat(page.locator("h1")).isVisible();
			assertThat(page.locator("main")).containsText("Discover");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}
	}

	@ParameterizedTest(name = "Arabic, 360 px")
	@ValueSource(booleans = { true })
	void inArabicOnAPhoneThePageFitsAndThePseudonymIsIsolated(boolean javaScript) {
		Introduced introduced = introduced();
		String path = introduced.path();
		String code = introduced.code();

		try (BrowserContext context = browsers.context(javaScript, "ar")) {
			Page page = context.newPage();
			page.setViewportSize(360, 800);
			page.navigate(base() + "/?lang=ar");
			page.navigate(base() + path);
			page.locator("input[name=code]").fill(code);
			page.locator("main form button[type=submit]").click();
			for (String step : new String[] { "/contact/yes", "/workspace" }) {
				page.navigate(base() + path + step);
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
				assertThat(page.locator("main")).not().containsText("??");
				assertNoSidewaysOverflow(page, step);
			}
			assertThat(page.locator("#pseudonym-intro bdi")).hasCount(1);
			String pseudonym = "ibis-" + UUID.randomUUID().toString().substring(0, 8);
			page.locator("#pseudonym").fill(pseudonym);
			page.locator("#password").fill(AccountFixtures.PASSWORD);
			page.locator("#passwordAgain").fill(AccountFixtures.PASSWORD);
			page.locator("#choose-pseudonym").click();
			assertThat(page.locator("#pseudonym-state bdi")).hasText(pseudonym);
			assertThat(page.locator("#pseudonym-state bdi")).hasAttribute("dir", "ltr");
			assertNoSidewaysOverflow(page, "/workspace?chosen");
		}
	}


	/**
	 * An anonymous request (sharing Signal) sent, assessed, chosen for a new provider, accepted and introduced over
	 * HTTP; its status link and code for the browser.
	 */
	private Introduced introduced() {
		WebSession staff = signedIn(Role.STAFF);
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		WebSession http = visitor();
		WebSession.Page sent = RequestFixtures.send(http, Map.of("contactMethod", "SIGNAL", "signal",
				"+52 55 5555 0101"), Map.of());
		String link = sent.html().selectFirst("#status-link").attr("href");
		String path = link.substring(link.indexOf("/request/status/"));
		String code = sent.html().selectFirst("#status-code").text();
		http.get(path);
		http.post(path, Map.of("code", code));
		UUID request = requestOf(path);
		RequestFixtures.assess(staff, request, "ACCOUNT_SECURITY", "es");
		RequestFixtures.choose(staff, request, List.of(provider.id()));
		UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r").param("r", request)
			.query(UUID.class).single();
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of());
		http.get(path + "/introduction");
		http.post(path + "/introduction", Map.of("reveal", "SIGNAL", "channel", "SIGNAL"));
		return new Introduced(path, code, provider, offer);
	}

	private record Introduced(String path, String code, ProviderNetwork.ActiveProvider provider, UUID offer) {
	}

}
