package org.tandem.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;

/**
 * In Chromium on a 360 px phone, with and without JavaScript, in English and Arabic: a request form that carries
 * more than the hub accepts comes back as the same form with a notice of the limit in the visitor's language, with
 * the security headers, and can be sent again; an address Tomcat refuses itself gets a translated page, not Tomcat's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "JavaScript {0}, {1}")
	@CsvSource({ "false, en-GB", "true, ar" })
	void aFormTooLargeComesBackAsTheFormWithANotice(boolean javaScript, String locale) {
		try (BrowserContext context = browsers.context(javaScript, locale)) {
			Page page = context.newPage();
			page.navigate(base() + "/request");
			page.locator("input[name=anonymous][value=true]").check();
			page.locator("textarea[name=description]").fill("The laptop was seized at the border.");
			// The browser keeps each field within its maxlength, so the form is made larger on its way out, as a
			// client that ignores maxlength would send it.
			page.route("**/request", route -> {
				if ("POST".equals(route.request().method())) {
					route.resume(new Route.ResumeOptions()
						.setPostData(route.request().postData() + "&outcome=" + "x".repeat(300_000)));
				}
				else {
					route.resume();
				}
			});
			Response answer = page.waitForNavigation(
					() -> page.locator("form[action='/request'] button[type=submit]").click());
			org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(413);
			org.assertj.core.api.Assertions.assertThat(answer.headers()).containsKey("content-security-policy");
			assertThat(page.locator("#body-too-large")).isVisible();
			assertThat(page.locator("#body-too-large")).containsText(locale.equals("ar") ? "256" : "256 KB");
			assertThat(page.locator("form[action='/request']")).isVisible();
			if (locale.equals("ar")) {
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			}
			if (javaScript) {
				// the page fits the phone, in right-to-left too, and has no serious accessibility finding
				org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
					.intValue()).isLessThanOrEqualTo(360);
				Browsers.assertAccessible(page);
			}

			Response refused = page.navigate(base() + "/request/a%2Fb");
			org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(400);
			assertThat(page.locator("h1")).not().containsText("HTTP Status");
			assertThat(page.locator("html")).hasAttribute("lang", locale.equals("ar") ? "ar" : "en");
		}
	}

}
