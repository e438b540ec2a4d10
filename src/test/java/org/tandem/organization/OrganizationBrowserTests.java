package org.tandem.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.zip.ZipFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, with JavaScript on and off: staff record an organization and its member; the member downloads
 * everything and has it destroyed, and keeps the receipt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffRecordAnOrganizationItsMemberDownloadsEverythingThenDestroysIt(boolean javaScript) throws Exception {
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		String name = "Voces Libres " + javaScript + " " + port;
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organizations").setExact(true)).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New organization")).click();
			page.getByLabel("How to reach them").fill("signal +57 300 000 0000");
			page.getByLabel("Kind of organization").selectOption("MEDIA");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the organization")).click();
			assertThat(page.locator("main")).containsText("Please fill in this field.");
			assertThat(page.getByLabel("How to reach them")).hasValue("signal +57 300 000 0000");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.getByLabel("Name").fill(name);
			page.getByLabel("Size").selectOption("UP_TO_20");
			page.getByLabel("Country").selectOption("CO");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the organization")).click();
			assertThat(page.locator("main")).containsText("The organization was created.");
			page.getByLabel("Document to add").setInputFiles(new com.microsoft.playwright.options.FilePayload(
					"risk-notes.txt", "text/plain", "Notes from the first call".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the document")).click();
			assertThat(page.locator("main")).containsText("The document was added.");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("risk-notes.txt"))).isVisible();
			page.getByLabel("Sign-in name of the member").fill(member.username());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the member")).click();
			assertThat(page.locator("main")).containsText("The member was added.");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My organization").setExact(true)).first().click();
			assertThat(page.locator("h1")).hasText(name);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			Download download = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the zip file"))
				.click());
			try (ZipFile zip = new ZipFile(download.path().toFile())) {
				String organization = new String(zip.getInputStream(zip.getEntry("organization.json")).readAllBytes());
				org.assertj.core.api.Assertions.assertThat(organization).contains(name, "signal +57 300 000 0000");
				org.assertj.core.api.Assertions.assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
					.anyMatch(entry -> entry.endsWith("-risk-notes.txt"));
			}
			Files.deleteIfExists(download.path());

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Destroy everything about this organization")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Destroy everything now")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tick the box to confirm first.");
			page.getByLabel("I understand that this cannot be undone.").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Destroy everything now")).click();
			assertThat(page.locator("h1")).hasText("Deletion receipt");
			assertThat(page.locator("main")).containsText("Everything listed below has been destroyed.");
			assertThat(page.locator("main")).not().containsText(name);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}
	}

}
