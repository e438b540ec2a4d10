package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * The accessibility check every browser test relies on finds what it must: a page with an image without a text
 * alternative and a field without a name fails it, the same page made right passes, with JavaScript on and off.
 */
@Tag("browser")
class BrowsersAxeTests {

	static final String ADDRESS = "http://tandem.test/page";

	static final String BROKEN = """
			<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
			<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
			<form><input type="text" name="code"><button>Send</button></form></main></body></html>""";

	static final String RIGHT = """
			<!doctype html><html lang="en"><head><title>Right</title></head><body><main><h1>Right</h1>
			<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot">
			<form><label for="code">Code</label><input id="code" type="text" name="code"><button>Send</button></form>
			</main></body></html>""";

	static Browsers browsers;

	@BeforeAll
	static void start() {
		browsers = new Browsers();
	}

	@AfterAll
	static void stop() {
		browsers.close();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aPageWithoutTextAlternativesOrFieldNamesFailsAndTheSamePageMadeRightPasses(boolean javaScript) {
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = open(context, BROKEN);
			assertThatThrownBy(() -> Browsers.assertAccessible(page)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("image-alt")
				.hasMessageContaining("label");

			Page right = open(context, RIGHT);
			Browsers.assertAccessible(right);
		}
	}

	private static Page open(BrowserContext context, String html) {
		Page page = context.newPage();
		page.route(ADDRESS, route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
			.setContentType("text/html; charset=utf-8")
			.setBody(html)));
		page.navigate(ADDRESS);
		return page;
	}

}
