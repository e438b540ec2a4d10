package org.tandem.audit.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The catalog in Chromium, with JavaScript on and off: a provider filters and searches the list, opens an activity
 * and its method, each with its credit; an administrator tries a zip as a dry run, reads the report, then imports it;
 * in Arabic on a 360 px phone nothing sticks out sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = CatalogContext.OWN)
class CatalogBrowserTests extends BrowserTestSupport {

	@Autowired
	CatalogImport imports;

	@Autowired
	CatalogStore store;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aProviderFiltersSearchesAndReadsAnActivity(boolean javaScript) {
		if (store.credit("browse-sample").isEmpty()) {
			imports.folder("browse-sample", CatalogFixtures.folder("sample"), false, null);
		}
		Person provider = fixtures.create(true, Role.PROVIDER);
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, provider);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assessment catalog")).first().click();
			assertThat(page.locator("h1")).hasText("Assessment catalog");
			page.getByLabel("Approach").selectOption("TECHNICAL");
			page.getByLabel("Search").fill("office network");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(page.locator("#catalog-activities h3 a[href*='/browse-sample/']")).hasText(new String[] { "Network map" });
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.locator("#catalog-activities h3 a[href*='/browse-sample/']").first().click();
			assertThat(page.locator("h1")).hasText("Network map");
			assertThat(page.locator("footer.credit")).containsText("Sample audit catalog");
			assertThat(page.locator("footer.credit")).containsText("CC BY-SA 4.0");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Devices and network")).first().click();
			assertThat(page.locator("#method-activity-list li")).hasCount(3);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}

			// in Arabic, on a 360 px phone
			for (String path : new String[] { "/catalog", "/catalog/activities/browse-sample/context-interview",
					"/catalog/methods/browse-sample/devices" }) {
				page.navigate(base() + path + "?lang=ar");
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
				assertNoSidewaysOverflow(page, path);
			}
			// Spanish without the activity's text: English, with the notice
			page.navigate(base() + "/catalog/activities/browse-sample/backup-check?lang=es");
			assertThat(page.locator("#in-english")).isVisible();
		}
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anAdministratorTriesAZipThenImportsIt(boolean javaScript) {
		Person admin = fixtures.create(true, Role.ADMIN);
		String name = "b-" + UUID.randomUUID().toString().substring(0, 8);
		FilePayload zip = new FilePayload("catalog.zip", "application/zip", CatalogFixtures.zip("sample"));
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, admin);
			page.navigate(base() + "/admin/catalog");
			page.getByLabel("Catalog name").fill(name);
			page.getByLabel("Zip file").setInputFiles(zip);
			page.getByLabel("Dry run: report only, write nothing").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the zip")).click();
			assertThat(page.locator("#report-title")).hasText("Dry run report");
			assertThat(page.locator("#report-counts")).containsText("9 added");
			assertThat(page.locator("#report-items")).containsText("Context interview");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}

			// the name stays as typed; the zip is sent again, without the dry run
			assertThat(page.getByLabel("Catalog name")).hasValue(name);
			page.getByLabel("Zip file").setInputFiles(zip);
			page.getByLabel("Dry run: report only, write nothing").uncheck();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the zip")).click();
			assertThat(page.locator("p.notice.ok")).containsText("Imported as version 1");
			assertThat(page.locator("#catalog-" + name)).containsText("Sample audit catalog");

			page.navigate(base() + "/admin/catalog?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertNoSidewaysOverflow(page, "/admin/catalog");
		}
	}

}
