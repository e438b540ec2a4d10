package org.tandem.handoff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.handoff.domain.FollowUps;
import org.tandem.platform.Role;
import org.tandem.privacy.RetentionService;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

/**
 * Consent to be counted, in Chromium with JavaScript off (and on, checked with axe): the requester ticks "you may
 * count my answers anonymously" on the request form, unticks it on the first follow-up survey and ticks it again on
 * the second; the provider unticks it on their own page. When the closed request is purged, the organization's last
 * answers are counted once and the provider's not at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PurgeContext.OWN)
class HandoffCountingBrowserTests extends BrowserTestSupport {

	@Autowired
	FollowUps followUps;

	@Autowired
	RetentionService retention;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { false, true })
	void theRequesterAndTheProviderSayWhetherTheirAnswersMayBeCounted(boolean javaScript) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("displayName", "Counting " + tag);
		changes.put("languages[pt]", "");
		changes.put("languages[es]", "NATIVE");
		changes.put("remoteCountries", "MX");
		changes.put("services[ACCOUNT_SECURITY]", "SPECIALIST");
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider(changes);
		long organizations = outcomes("ORGANIZATION");
		long providers = outcomes("PROVIDER");

		try (BrowserContext requesterContext = browsers.context(javaScript);
				BrowserContext providerContext = browsers.context(javaScript)) {
			// the requester ticks the consent on the form, next to the choice of anonymity
			Page requester = requesterContext.newPage();
			requester.navigate(base() + "/request");
			assertThat(requester.locator("input[name=countAnswers]")).not().isChecked();
			requester.locator("input[name=anonymous][value=false]").check();
			requester.locator("input[name=countAnswers]").check();
			requester.locator("input[name=organizationName]").fill("Radio " + tag);
			requester.locator("select[name=country]").selectOption("MX");
			requester.locator("input[name=languages][value=es]").check();
			requester.locator("input[name=problems][value=ACCOUNT_COMPROMISED]").check();
			requester.locator("textarea[name=description]").fill("Our editor’s account was taken over " + tag);
			requester.locator("input[name=urgency][value=URGENT]").check();
			requester.locator("select[name=timeframe]").selectOption("THIS_WEEK");
			requester.locator("input[name=approach][value=INTRODUCTION]").check();
			requester.locator("input[name=contactMethod][value=SIGNAL]").check();
			requester.locator("input[name=signal]").fill("+52 55 5555 0142");
			if (javaScript) {
				Browsers.assertAccessible(requester);
			}
			// forgot the agreement: refused, and the consent to be counted is still ticked
			requester.locator("form[action='/request'] button[type=submit]").click();
			assertThat(requester.locator("input[name=countAnswers]")).isChecked();
			requester.locator("input[name=consent]").check();
			requester.locator("form[action='/request'] button[type=submit]").click();
			String statusLink = openStatusPage(requester);
			UUID request = requestOf(statusLink);
			assertThat(consent(request)).isTrue();

			// staff assess and choose, the provider accepts (over HTTP, as other tests do)
			WebSession staff = signedIn(Role.STAFF);
			staff.get("/staff/requests/" + request);
			staff.post("/staff/requests/" + request + "/status", Map.of("to", "ASSESSING"));
			staff.post("/staff/requests/" + request + "/assessment",
					Map.of("services", "ACCOUNT_SECURITY", "languages", "es", "riskLevel", "HIGH"));
			WebSession.Page matching = staff.get("/staff/requests/" + request + "/matching?excluded=true");
			assertThat(staff.post("/staff/requests/" + request + "/matching/choice",
					Map.of("current", matching.html().selectFirst("input[name=current]").val(),
							"order[" + provider.id() + "]", "1", "reason[" + provider.id() + "]", "Chosen"))
				.redirect()).contains("chosen");
			UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r").param("r", request)
				.query(UUID.class).single();
			provider.web().get("/provider/handoffs/" + offer);
			provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of());

			// the requester introduces themselves and says contact was made; so does the provider
			requester.navigate(statusLink + "/introduction");
			requester.locator("#introduce").click();
			assertThat(requester.locator("[role=status]")).containsText("Introduced.");
			requester.locator("#reached-yes").click();
			provider.web().get("/provider/handoffs/" + offer);
			provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1"));
			jdbc.sql("update handoff_follow_up set due_on = :today where request_id = :r")
				.param("today", LocalDate.now(ZoneOffset.UTC)).param("r", request).update();
			followUps.runFollowUps();

			// first survey: the consent given on the form is ticked; the requester unticks it
			requester.navigate(statusLink);
			requester.locator("section.card a.button[href*='/follow-ups/']").first().click();
			assertThat(requester.locator("input[name=counted]")).isChecked();
			if (javaScript) {
				Browsers.assertAccessible(requester);
			}
			survey(requester, "3");
			requester.locator("input[name=counted]").uncheck();
			requester.locator("#send-survey").click();
			assertThat(consent(request)).isFalse();
			// second survey: unticked now; the requester ticks it again
			requester.navigate(statusLink);
			requester.locator("section.card a.button[href*='/follow-ups/']").first().click();
			assertThat(requester.locator("input[name=counted]")).not().isChecked();
			survey(requester, "5");
			requester.locator("input[name=counted]").check();
			requester.locator("#send-survey").click();
			assertThat(consent(request)).isTrue();

			// the provider asks, on their page, not to be counted
			providerContext.addCookies(List.of(new Cookie("TANDEM_SESSION",
					provider.web().cookie("TANDEM_SESSION").orElseThrow()).setUrl(base())));
			Page home = providerContext.newPage();
			home.navigate(base() + "/provider");
			assertThat(home.locator("input[name=counted]")).isChecked();
			if (javaScript) {
				Browsers.assertAccessible(home);
			}
			home.locator("input[name=counted]").uncheck();
			home.locator("#save-counting").click();
			assertThat(home.locator("[role=status]")).containsText("Saved.");
			assertThat(home.locator("input[name=counted]")).not().isChecked();
			for (UUID survey : jdbc.sql("select id from handoff_follow_up where request_id = :r and side = 'PROVIDER'")
				.param("r", request).query(UUID.class).list()) {
				home.navigate(base() + "/provider/handoffs/follow-ups/" + survey);
				assertThat(home.locator("input[name=counted]")).not().isChecked();
				survey(home, "4");
				home.locator("#send-survey").click();
				assertThat(home.locator("[role=status]")).containsText("Thank you");
			}

			// closed, then purged when its retention period ends: the organization's last answers count once
			assertThat(jdbc.sql("select status from help_request where id = :id").param("id", request)
				.query(String.class).single()).isEqualTo("HANDED_OVER");
			// the handoff closed 91 days ago: its holder is done with it, and the rule for finished requests applies
			jdbc.sql("update handoff set stage_since = :at where request_id = :id")
				.param("at", java.time.OffsetDateTime.now(ZoneOffset.UTC).minusDays(91)).param("id", request).update();
			retention.applyAll();
			assertThat(jdbc.sql("select count(*) from help_request where id = :id").param("id", request)
				.query(Long.class).single()).isZero();
			assertThat(outcomes("ORGANIZATION")).isEqualTo(organizations + 1);
			assertThat(jdbc.sql("""
					select coalesce(sum(handoffs), 0) from handoff_outcome_tally where side = 'ORGANIZATION'
					and usefulness = 5 and recommends = 'YES' and region_group = 'AMERICAS'
					and service_group = 'PREVENT'""").query(Long.class).single()).isPositive();
			assertThat(outcomes("PROVIDER")).isEqualTo(providers);
		}
		assertThat(LogLeakWatcher.leaks()).isEmpty();
	}

	private static void survey(Page page, String usefulness) {
		page.locator("input[name=planResulted][value=YES]").check();
		page.locator("input[name=usefulness][value='" + usefulness + "']").check();
		page.locator("input[name=recommends][value=YES]").check();
	}

	private long outcomes(String side) {
		return jdbc.sql("select coalesce(sum(handoffs), 0) from handoff_outcome_tally where side = :side")
			.param("side", side).query(Long.class).single();
	}

	private boolean consent(UUID request) {
		return jdbc.sql("select count_answers from help_request where id = :id").param("id", request)
			.query(Boolean.class).single();
	}

}
