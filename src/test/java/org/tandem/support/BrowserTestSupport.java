package org.tandem.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** Browser tests: one Chromium per test class, a fresh profile per test. */
@Tag("browser")
public abstract class BrowserTestSupport extends WebTestSupport {

	protected static Browsers browsers;

	@BeforeAll
	static void startBrowser() {
		browsers = new Browsers();
	}

	@AfterAll
	static void stopBrowser() {
		browsers.close();
	}

	protected String base() {
		return "http://localhost:" + port;
	}

}
