package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;

/**
 * In Chromium at 360 px, in Arabic, with JavaScript on and off: a requester sends a request with the Signal number
 * {@code +961 70 123 456} and a long email address; on the page where they choose what to share, and on the
 * provider's introduction page, the number is in an element isolated left to right and its digits are laid out in
 * the order typed. The page with the status link, the choice, the introduction, the staff handoff pages and the
 * provider application form are no wider than the phone and open at the start, not scrolled sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BidiBrowserTests extends BrowserTestSupport {

	static final String SIGNAL = "+961 70 123 456";

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aSignalNumberKeepsItsOrderInArabicAndNoPageIsWiderThanThePhone(boolean javaScript) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("displayName", "مختبر الأمان " + tag);
		changes.put("services[ACCOUNT_SECURITY]", "SPECIALIST");
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider(changes);
		WebSession staff = signedIn(Role.STAFF);
		String email = "a-rather-long-mailbox-name-" + tag + "@newsroom-of-an-organization.example.org";

		try (BrowserContext requesterContext = browsers.context(javaScript, "ar");
				BrowserContext providerContext = browsers.context(javaScript, "ar");
				BrowserContext staffContext = browsers.context(javaScript, "ar")) {
			Page requester = requesterContext.newPage();
			requester.navigate(base() + "/request?lang=ar");
			fits(requester);
			requester.locator("input[name=anonymous][value=false]").check();
			requester.locator("input[name=organizationName]").fill("إذاعة الجنوب " + tag);
			requester.locator("select[name=country]").selectOption("LB");
			requester.locator("input[name=languages][value=ar]").check();
			requester.locator("input[name=problems][value=ACCOUNT_COMPROMISED]").check();
			requester.locator("textarea[name=description]").fill("اختُرق بريد المحرر الليلة الماضية.");
			requester.locator("input[name=urgency][value=URGENT]").check();
			requester.locator("select[name=timeframe]").selectOption("THIS_WEEK");
			requester.locator("input[name=approach][value=INTRODUCTION]").check();
			requester.locator("input[name=contactMethod][value=SIGNAL]").check();
			requester.locator("input[name=signal]").fill(SIGNAL);
			requester.locator("input[name=email]").fill(email);
			requester.locator("input[name=consent]").check();
			requester.locator("form[action='/request'] button[type=submit]").click();
			PlaywrightAssertions.assertThat(requester.locator("#status-link")).isVisible();
			PlaywrightAssertions.assertThat(requester.locator("html")).hasAttribute("dir", "rtl");
			fits(requester);
			String statusLink = openStatusPage(requester);
			fits(requester);
			UUID request = requestOf(statusLink);

			// staff assess the request and choose the provider; the provider accepts
			staff.get("/staff/requests/" + request);
			staff.post("/staff/requests/" + request + "/status", Map.of("to", "ASSESSING"));
			staff.post("/staff/requests/" + request + "/assessment",
					Map.of("services", "ACCOUNT_SECURITY", "languages", "ar", "riskLevel", "HIGH"));
			WebSession.Page matching = staff.get("/staff/requests/" + request + "/matching?excluded=true");
			assertThat(staff.post("/staff/requests/" + request + "/matching/choice",
					Map.of("current", matching.html().selectFirst("input[name=current]").val(),
							"order[" + provider.id() + "]", "1", "reason[" + provider.id() + "]", "يعرف المنطقة"))
				.redirect()).contains("chosen");
			UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r").param("r", request)
				.query(UUID.class).single();
			provider.web().get("/provider/handoffs/" + offer);
			assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect())
				.contains("accepted");

			// the requester chooses what to share: the number in its own left-to-right box, in the order typed
			requester.navigate(statusLink + "/introduction");
			PlaywrightAssertions.assertThat(requester.locator("#introduce")).isVisible();
			fits(requester);
			inOrderAsTyped(requester.locator("#reveal-value-SIGNAL"));
			PlaywrightAssertions.assertThat(requester.locator("#reveal-value-EMAIL")).hasText(email);
			requester.locator("#reveal-ORGANIZATION").uncheck();
			requester.locator("#channel-SIGNAL").check();
			requester.locator("#introduce").click();
			PlaywrightAssertions.assertThat(requester.locator("#provider-contact")).isVisible();
			fits(requester);

			// the provider's introduction page
			providerContext.addCookies(List.of(new Cookie("TANDEM_SESSION",
					provider.web().cookie("TANDEM_SESSION").orElseThrow()).setUrl(base())));
			Page work = providerContext.newPage();
			work.navigate(base() + "/provider/handoffs/" + offer + "?lang=ar");
			PlaywrightAssertions.assertThat(work.locator("#introduction")).isVisible();
			fits(work);
			inOrderAsTyped(work.locator("#shared-SIGNAL"));

			// the staff handoff pages and the provider application form
			staffContext.addCookies(List.of(new Cookie("TANDEM_SESSION",
					staff.cookie("TANDEM_SESSION").orElseThrow()).setUrl(base())));
			Page desk = staffContext.newPage();
			for (String path : List.of("/staff/handoffs?lang=ar", "/staff/requests/" + request + "/handoff",
					"/staff/requests", "/staff/requests/" + request)) {
				desk.navigate(base() + path);
				PlaywrightAssertions.assertThat(desk.locator("html")).hasAttribute("dir", "rtl");
				PlaywrightAssertions.assertThat(desk.locator("main h1")).isVisible();
				fits(desk);
			}
			PlaywrightAssertions.assertThat(desk.locator("#contact-signal")).hasText(SIGNAL);
			Page apply = staffContext.newPage();
			apply.navigate(base() + "/providers/apply?lang=ar");
			fits(apply);
		}
	}

	/** No wider than the phone, and opened at the start rather than scrolled sideways. */
	static void fits(Page page) {
		Map<?, ?> sizes = (Map<?, ?>) page.evaluate("() => ({ width: document.documentElement.scrollWidth,"
				+ " viewport: window.innerWidth, scrollX: window.scrollX })");
		assertThat(((Number) sizes.get("width")).intValue()).as("width of " + page.url())
			.isLessThanOrEqualTo(((Number) sizes.get("viewport")).intValue());
		assertThat(((Number) sizes.get("scrollX")).doubleValue()).as("scrollX of " + page.url()).isZero();
	}

	/**
	 * The element shows the Signal number, is isolated and left to right, and each of its characters lies to the right
	 * of the one typed before it (a number reordered by the right-to-left page fails here).
	 */
	static void inOrderAsTyped(Locator element) {
		PlaywrightAssertions.assertThat(element).hasText(SIGNAL);
		PlaywrightAssertions.assertThat(element).hasAttribute("dir", "ltr");
		Map<?, ?> laid = (Map<?, ?>) element.evaluate("e => {"
				+ " const style = getComputedStyle(e), text = e.firstChild, range = document.createRange(), lefts = [];"
				+ " for (let i = 0; i < text.length; i++) {"
				+ "   if (text.data[i] === ' ') continue;"
				+ "   range.setStart(text, i); range.setEnd(text, i + 1);"
				+ "   const box = range.getBoundingClientRect(); lefts.push([box.left, box.top]);"
				+ " }"
				+ " return { text: e.innerText, direction: style.direction, bidi: style.unicodeBidi, lefts: lefts }; }");
		assertThat(laid.get("text")).isEqualTo(SIGNAL);
		assertThat(laid.get("direction")).isEqualTo("ltr");
		assertThat(String.valueOf(laid.get("bidi"))).contains("isolate");
		List<?> lefts = (List<?>) laid.get("lefts");
		assertThat(lefts).hasSize(SIGNAL.replace(" ", "").length());
		for (int i = 1; i < lefts.size(); i++) {
			List<?> before = (List<?>) lefts.get(i - 1);
			List<?> at = (List<?>) lefts.get(i);
			assertThat(((Number) at.get(1)).doubleValue()).as("one line").isEqualTo(((Number) before.get(1)).doubleValue());
			assertThat(((Number) at.get(0)).doubleValue()).as("character " + i + " of " + SIGNAL)
				.isGreaterThan(((Number) before.get(0)).doubleValue());
		}
	}

}
