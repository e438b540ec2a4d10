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
			// handed over: the page names the handoff's stage
			assertThat(desk.locator("#request-status")).hasText("Offered to a provider");
		}
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void whenNobodyFitsStaffReadWhyFollowTheSuggestionAndSeeTheNeedsBesideTheCandidates(boolean javaScript) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ProviderNetwork network = new ProviderNetwork(this);
		network.activeProvider(MatchingTestSupport.spanishSpecialistApplication("Sara Swahili " + tag));
		// a request in a language no provider works in
		UUID request = new RequestFixtures(this).assessedRequest(signedIn(Role.STAFF), "sw", "MX", "ACCOUNT_SECURITY");
		Person staff = fixtures.create(true, Role.STAFF);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/staff/requests/" + request + "/matching");
			assertThat(page.locator("#nobody-fits")).isVisible();
			assertThat(page.locator("#nobody-summary")).containsText("none meets every constraint");
			assertThat(page.locator("#nobody-LANGUAGE")).containsText("Shared language — providers left out:");
			assertThat(page.locator("#nobody-LANGUAGE")).containsText("or accept interpretation, in the needs.");
			assertThat(page.locator(".candidate")).hasCount(0);

			// on a phone: one column, the needs under the candidates, nothing wider than the screen
			var form = page.locator("#choice-form").boundingBox();
			var needs = page.locator("#needs").boundingBox();
			org.assertj.core.api.Assertions.assertThat(needs.y).isGreaterThanOrEqualTo(form.y + form.height);
			org.assertj.core.api.Assertions.assertThat(needs.width).isLessThanOrEqualTo(360);
			if (javaScript) {
				org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
					.intValue()).isLessThanOrEqualTo(360);
				Browsers.assertAccessible(page);
			}
			// on a wide screen: the needs beside the candidates, both starting at the same height
			page.setViewportSize(1280, 900);
			form = page.locator("#choice-form").boundingBox();
			needs = page.locator("#needs").boundingBox();
			org.assertj.core.api.Assertions.assertThat(needs.x).isGreaterThanOrEqualTo(form.x + form.width);
			org.assertj.core.api.Assertions.assertThat(Math.abs(needs.y - form.y)).isLessThan(40);
			org.assertj.core.api.Assertions.assertThat(form.width).isGreaterThan(500);
			if (javaScript) {
				org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
					.intValue()).isLessThanOrEqualTo(1280);
				Browsers.assertAccessible(page);
			}

			// staff follow the suggestion: accept interpretation, and the specialist fits
			page.locator("#nobody-fits a[href='#needs']").click();
			page.locator("input[name=interpretation]").check();
			page.locator("#save-needs").click();
			assertThat(page.locator("[role=status]")).containsText("Saved");
			assertThat(page.locator("#nobody-fits")).hasCount(0);
			assertThat(page.locator("#choose")).isVisible();
			page.navigate(base() + "/staff/requests/" + request + "/matching?more=true");
			assertThat(page.locator(".candidate").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Sara Swahili " + tag))).hasCount(1);
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
