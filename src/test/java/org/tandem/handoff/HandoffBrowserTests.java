package org.tandem.handoff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.CanaryScan;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

/**
 * The whole anonymous handoff in Chromium, with JavaScript on and off, across three browser contexts: a requester
 * without an account sends a request with a marker in every free field; staff choose a provider; the provider reads
 * the blind offer (no marker on the page or in the mail GreenMail received), accepts; the requester chooses what to
 * share; the provider (warned that the organization's details will go) says yes, the requester "not yet"; staff record
 * contact anyway with a reason, which waits its grace period; the requester's status page says so and the requester
 * cancels it; then the requester's yes, after the page that shows what to note, purges the request and the status
 * page shows the receipt; then the canary scan finds no marker anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "tandem.test.file-database=true",
		"tandem.test.context=handoff-browser" })
class HandoffBrowserTests extends BrowserTestSupport {

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Value("${spring.datasource.url}")
	String url;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anAnonymousRequestIsHandedOffAndLeavesNothingBehind(boolean javaScript) throws Exception {
		CanaryScan scan = new CanaryScan(jdbc, dataDir, url);
		scan.freshWriteAheadLog();
		Instant start = Instant.now().minusSeconds(1);
		List<String> markers = new ArrayList<>();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("displayName", "Lucía Browser " + tag);
		changes.put("languages[pt]", "");
		changes.put("languages[es]", "NATIVE");
		changes.put("remoteCountries", "MX");
		changes.put("services[ACCOUNT_SECURITY]", "SPECIALIST");
		changes.put("openpgpKey", ProviderNetwork.key("three"));
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider(changes);
		Person staffMember = fixtures.create(true, Role.STAFF);

		try (BrowserContext requesterContext = browsers.context(javaScript);
				BrowserContext staffContext = browsers.context(javaScript);
				BrowserContext providerContext = browsers.context(javaScript)) {
			// the requester, without an account
			Page requester = requesterContext.newPage();
			requester.navigate(base() + "/request");
			requester.locator("input[name=anonymous][value=true]").check();
			requester.locator("input[name=organizationName]").fill(CanaryScan.marker(markers));
			requester.locator("select[name=country]").selectOption("MX");
			requester.locator("input[name=languages][value=es]").check();
			requester.locator("input[name=problems][value=ACCOUNT_COMPROMISED]").check();
			requester.locator("textarea[name=description]").fill(CanaryScan.marker(markers));
			requester.locator("input[name=urgency][value=URGENT]").check();
			requester.locator("select[name=timeframe]").selectOption("THIS_WEEK");
			requester.locator("input[name=approach][value=INTRODUCTION]").check();
			requester.locator("input[name=contactMethod][value=SIGNAL]").check();
			requester.locator("input[name=signal]").fill("+52 55 5555 0199");
			requester.locator("input[name=consent]").check();
			requester.locator("form[action='/request'] button[type=submit]").click();
			String statusLink = openStatusPage(requester);
			UUID request = jdbc.sql("select id from help_request order by submitted_at desc fetch first 1 rows only")
				.query(UUID.class).single();
			String reference = jdbc.sql("select reference from help_request where id = :id").param("id", request)
				.query(String.class).single();

			// staff assess it (over HTTP, as other tests do) and choose the provider in the browser
			WebSession staffWeb = signedIn(Role.STAFF);
			staffWeb.get("/staff/requests/" + request);
			staffWeb.post("/staff/requests/" + request + "/status", Map.of("to", "ASSESSING"));
			// the assessment's note is written for the providers the request is offered to: it reaches their offer
			// page (never their mail), and is destroyed with the request like the rest
			String note = CanaryScan.marker(markers);
			staffWeb.post("/staff/requests/" + request + "/assessment", Map.of("services", "ACCOUNT_SECURITY",
					"languages", "es", "riskLevel", "HIGH", "context", note));
			Page desk = staffContext.newPage();
			signIn(desk, staffMember);
			desk.navigate(base() + "/staff/requests/" + request + "/matching");
			desk.locator("#order-" + provider.id()).fill("1");
			desk.locator("#choose").click();
			assertThat(desk.locator("[role=status]")).containsText("The providers are chosen");

			// the provider: a blind offer, in the page and in the mail
			UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r").param("r", request)
				.query(UUID.class).single();
			String mail = TestMail.awaitBody(provider.email(), "/provider/handoffs/" + offer);
			markers.forEach(m -> assertThat(mail).doesNotContain(m));
			providerContext.addCookies(List.of(new Cookie("TANDEM_SESSION",
					provider.web().cookie("TANDEM_SESSION").orElseThrow()).setUrl(base())));
			Page work = providerContext.newPage();
			work.navigate(base() + "/provider/handoffs");
			work.locator("#offers-waiting a").first().click();
			assertThat(work.locator("#brief")).containsText("Account security");
			assertThat(work.locator("#brief")).containsText("Mexico");
			assertThat(work.locator("#brief-note")).hasText(note);
			for (String marker : markers) {
				if (!marker.equals(note)) {
					assertThat(work.content()).doesNotContain(marker);
				}
			}
			assertThat(work.content()).doesNotContain(reference);
			if (javaScript) {
				Browsers.assertAccessible(work);
			}
			work.locator("#accept").click();
			assertThat(work.locator("[role=status]")).containsText("Accepted.");

			// staff see where it stands
			desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handoffs").setExact(true)).first().click();
			assertThat(desk.locator("#in-flight")).containsText(reference);
			desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
			assertThat(desk.locator("#handoff-stage")).hasText("Accepted, waiting for the organization");
			if (javaScript) {
				Browsers.assertAccessible(desk);
			}

			// the requester chooses what to share and introduces themselves
			requester.navigate(statusLink);
			requester.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose what to share")).click();
			assertThat(requester.locator("h1")).hasText("Your introduction");
			if (javaScript) {
				Browsers.assertAccessible(requester);
			}
			requester.locator("#reveal-ORGANIZATION").uncheck();
			requester.locator("#message").fill(CanaryScan.marker(markers));
			requester.locator("#introduce").click();
			assertThat(requester.locator("[role=status]")).containsText("Introduced.");
			assertThat(requester.locator("#provider-name")).hasText("Lucía Browser " + tag);

			// the provider sees what was shared, the requester's name withheld; both confirm contact
			work.navigate(base() + "/provider/handoffs/" + offer);
			assertThat(work.locator("#introduction")).containsText("+52 55 5555 0199");
			assertThat(work.locator("#introduction")).not().containsText(markers.get(0));
			String introductionMail = TestMail.awaitBody(provider.email(), "BEGIN PGP MESSAGE");
			markers.forEach(m -> assertThat(introductionMail).doesNotContain(m));
			assertThat(org.tandem.support.OpenPgpTestKeys.decrypt(introductionMail)).contains(markers.get(markers.size() - 1));
			// the provider is told the organization's details will be gone once both have confirmed
			assertThat(work.locator("#organization-gone")).containsText("will be gone from Tandem");
			work.locator("#reached-yes").click();
			assertThat(work.locator("[role=status]")).containsText("Thank you");

			// the requester answers "not yet"; staff record contact anyway: refused without a reason, then it waits
			requester.navigate(statusLink + "/introduction");
			requester.locator("#reached-no").click();
			assertThat(requester.locator("[role=status]")).containsText("Thank you");
			desk.navigate(base() + "/staff/requests/" + request + "/handoff");
			desk.locator("#staff-confirm").click();
			assertThat(desk.locator("#reason-error")).hasText("A side answered “not yet”: say why you record contact anyway.");
			desk.locator("#reason").fill(CanaryScan.marker(markers));
			desk.locator("#staff-confirm").click();
			assertThat(desk.locator("[role=status]")).containsText("Contact recorded.");
			assertThat(desk.locator("#grace-until")).isVisible();
			if (javaScript) {
				Browsers.assertAccessible(desk);
			}

			// the requester's status page says so, with when it takes effect; the requester says it is not so
			requester.navigate(statusLink);
			Locator recorded = requester.locator("section.card",
					new Page.LocatorOptions().setHasText("Staff recorded that you are in contact"));
			assertThat(recorded).containsText("note them now");
			assertThat(recorded.locator("bdi time")).isVisible();
			if (javaScript) {
				Browsers.assertAccessible(requester);
			}
			recorded.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("We are not in contact")).click();
			assertThat(requester.locator("[role=status]")).containsText("The record is cancelled");
			assertThat(jdbc.sql("select stage from handoff where request_id = :r").param("r", request)
				.query(String.class).single()).isEqualTo("CONTACT_FAILED");

			// in touch after all: the yes first shows the provider's details to note, then the final button
			requester.locator("#reached-yes").click();
			assertThat(requester.locator("#note-these")).containsText("Note these now");
			assertThat(requester.locator("#provider-name")).hasText("Lucía Browser " + tag);
			assertThat(requester.locator("#provider-email")).hasText(provider.email());
			if (javaScript) {
				Browsers.assertAccessible(requester);
			}
			requester.locator("#final-yes").click();

			// purged: the status link shows the receipt, and nothing of the request is left
			assertThat(requester.locator("h1")).hasText("This request was destroyed");
			assertThat(jdbc.sql("select count(*) from help_request where id = :id").param("id", request)
				.query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from handoff_offer where request_id = :id").param("id", request)
				.query(Long.class).single()).isZero();
		}
		scan.assertNoMarkerAnywhere(markers, start);
		assertThat(LogLeakWatcher.leaks()).isEmpty();
	}

}
