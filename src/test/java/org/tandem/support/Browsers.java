package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The system Chromium driven by Playwright for Java. The browser path comes from {@code TANDEM_CHROMIUM}
 * (default {@code /usr/bin/chromium}); Playwright never downloads a browser of its own.
 */
public final class Browsers implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	public Browsers() {
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		String executable = System.getenv().getOrDefault("TANDEM_CHROMIUM", "/usr/bin/chromium");
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
	}

	/** A fresh browser profile: no cookies, English unless told otherwise, JavaScript on or off. */
	public BrowserContext context(boolean javaScript) {
		return context(javaScript, "en-GB");
	}

	/**
	 * A fresh profile in a language, claiming (through the proxy header tests trust) an address of its own, so the
	 * public pages' rate limits count each profile apart.
	 */
	public BrowserContext context(boolean javaScript, String locale) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
			.setLocale(locale)
			.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", LogLeakWatcher.freshRequesterAddress()))
			.setViewportSize(360, 740));
		if (!javaScript) {
			WITHOUT_SCRIPTS.add(context);
		}
		return context;
	}

	/** The contexts opened with JavaScript off (forgotten with them). */
	private static final java.util.Set<BrowserContext> WITHOUT_SCRIPTS = java.util.Collections
		.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

	/**
	 * Runs axe-core on the page and fails on any serious or critical finding. A page opened with JavaScript off is
	 * checked as a copy: its document as the browser holds it (scripts removed, so it stays the page a visitor without
	 * JavaScript sees) at the same address, with the same style sheets from the server, in a context where axe-core's
	 * own script may run — in a context without JavaScript, axe-core's timers wait, and on some pages it takes minutes.
	 */
	public static void assertAccessible(Page page) {
		if (!WITHOUT_SCRIPTS.contains(page.context())) {
			analyze(page);
			return;
		}
		String url = page.url();
		String html = page.content().replaceAll("(?is)<script\\b.*?</script>", "");
		var viewport = page.viewportSize();
		try (BrowserContext copy = page.context().browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(viewport.width, viewport.height))) {
			Page same = copy.newPage();
			same.route(address -> address.equals(url), route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
				.setStatus(200)
				.setContentType("text/html; charset=utf-8")
				.setBody(html)));
			same.navigate(url);
			analyze(same);
		}
	}

	private static void analyze(Page page) {
		var results = axe(page);
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browsers::describe)
			.toList();
		assertThat(results.getPasses()).as("axe-core ran its rules on " + page.url()).isNotEmpty();
		assertThat(serious).as("axe-core on " + page.url()).isEmpty();
	}

	/**
	 * axe-core's WCAG 2.1 A and AA rules run in the page itself. Tandem's pages have no frames, so axe runs in the
	 * page (its "legacy" mode) instead of running in each frame and opening a blank page of its own to put the parts
	 * together, and only the violations come back in full (a pass or an inapplicable rule with one node at most):
	 * about a quarter of the time on a page of the every-page walk (0.5 s against 1.9 s).
	 */
	public static com.deque.html.axecore.results.AxeResults axe(Page page) {
		var options = new com.deque.html.axecore.args.AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder(page).setLegacyMode(true)
			.options(options) // first: it replaces the options the tags go into
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
