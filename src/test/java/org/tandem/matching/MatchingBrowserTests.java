package org.tandem.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
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
 * In Chromium, with JavaScript on and off: staff open an assessed request, follow it to matching, read the explained
 * candidates and why another provider is excluded, and choose one; an administrator changes a weight and sees the
 * preview change (live with JavaScript, with the preview button without).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchingBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffOpenARequestSeeExplainedCandidatesAndChooseOne(boolean javaScript) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider spanish = network
			.activeProvider(MatchingTestSupport.spanishSpecialistApplication("Lucía Browser " + tag));
		network.activeProvider(MatchingTestSupport.portugueseOnlyApplication("Bruno Browser " + tag));
		UUID request = new RequestFixtures(this).assessedRequest(signedIn(Role.STAFF), "es", "MX", "ACCOUNT_SECURITY");
		String reference = jdbc.sql("select reference from help_request where id = :id").param("id", request)
			.query(String.class).single();

		Person staff = fixtures.create(true, Role.STAFF);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page desk = context.newPage();
			signIn(desk, staff);
			desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Requests").setExact(true)).first().click();
			desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
			desk.locator("#matching-link").click();
			assertThat(desk.locator("h1")).hasText("Matching for " + reference);
			var candidate = desk.locator(".candidate").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Lucía Browser " + tag));
			assertThat(candidate.locator(".why")).containsText("Works in Spanish.");
			assertThat(candidate.locator(".why")).containsText("Specialist in Account security.");
			assertThat(desk.locator(".candidate").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Bruno Browser " + tag))).hasCount(0);
			if (javaScript) {
				Browsers.assertAccessible(desk);
			}
			desk.locator("#show-excluded").click();
			assertThat(desk.locator(".excluded").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Bruno Browser " + tag))).containsText("Works in Portuguese; the organization works in Spanish.");
			desk.locator("#order-" + spanish.id()).fill("1");
			desk.locator("#choose").click();
			assertThat(desk.locator("[role=status]")).containsText("The providers are chosen and the request is matched.");
			assertThat(desk.locator("#chosen")).containsText("Lucía Browser " + tag);
			assertThat(desk.locator("#request-status")).hasText("Provider found");
		}
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void administratorsPreviewAWeightBeforeSavingIt(boolean javaScript) {
		// a request awaiting a match, so the preview has something to show
		ProviderNetwork network = new ProviderNetwork(this);
		network.activeProvider(MatchingTestSupport.spanishSpecialistApplication("Preview " + UUID.randomUUID()));
		new RequestFixtures(this).assessedRequest(signedIn(Role.STAFF), "es", "MX", "ACCOUNT_SECURITY");
		Person admin = fixtures.create(true, Role.ADMIN);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, admin);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Matching settings").setExact(true))
				.first().click();
			assertThat(page.locator("#preview")).containsText("with the saved settings");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.getByLabel("Load", new Page.GetByLabelOptions().setExact(true)).fill("100");
			if (!javaScript) {
				page.locator("#preview-settings").click();
			}
			assertThat(page.locator("#preview")).containsText("now, and with your changes (not saved yet)");
			assertThat(page.locator("#weight-LOAD")).hasValue("100");
			page.getByLabel("Load", new Page.GetByLabelOptions().setExact(true)).fill("10");
			page.locator("#save-settings").click();
			assertThat(page.locator("[role=status]")).containsText("Saved. Every ranking now uses these settings.");
		}
	}

}
