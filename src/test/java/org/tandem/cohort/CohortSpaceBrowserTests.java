package org.tandem.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
import org.tandem.directory.Providers;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * In Chromium, with JavaScript on and off: a coordinator posts an announcement (a missing title is said, what was
 * typed kept) and shares a link and a file; an organization's member reads the announcement on the cohort's page,
 * chooses the weekly digest and finds the resources. In Arabic on a 360 px phone the space's pages are right to left
 * and fit the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortSpaceBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	OrganizationService organizations;

	@Autowired
	CohortAgreementService agreementService;

	@Autowired
	CohortService cohorts;

	@Autowired
	Providers providers;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void staffPostAndShareAndAParticipantReadsThem(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person admin = fixtures.create(true, Role.ADMIN);
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		UUID organization = organizations.create(new Organization.Profile("Radio Espacio " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "GT")).id();
		organizations.addMember(organization, member.username());
		AgreementFixtures.signAll(agreementService, admin.id(), member.id(), organization, false);
		AgreementFixtures.signAll(agreementService, admin.id(), providers.accountOf(provider.id()).orElseThrow(),
				provider.id(), true);
		Cohort cohort = cohorts.create(new Cohort.Terms("Cohorte espacio " + UUID.randomUUID().toString().substring(0, 6),
				null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31), Set.of("es", "ar"), 3, 3),
				Set.of(staff.id()), staff.id());
		UUID id = cohort.id();
		cohorts.addOrganization(id, organization);
		cohorts.addProvider(id, provider.id());
		cohorts.move(id, cohorts.get(id).version(), CohortStatus.RECRUITING, staff.id());
		cohorts.move(id, cohorts.get(id).version(), CohortStatus.RUNNING, staff.id());
		String title = "Bienvenida " + (javaScript ? "con" : "sin") + " JS " + UUID.randomUUID().toString().substring(0, 6);

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/staff/cohorts/" + id);
			page.locator("#space-links").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName("Announcements")).click();
			page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Nos vemos el **lunes** a las 10.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the announcement")).click();
			assertThat(page.locator("main")).containsText("Give the announcement a title.");
			assertThat(page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)))
				.hasValue("Nos vemos el **lunes** a las 10.");
			page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
			page.getByLabel("Also send by mail").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the announcement")).click();
			assertThat(page.locator("main")).containsText("The announcement is posted.");
			assertThat(page.locator("#posted")).containsText(title);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.navigate(base() + "/staff/cohorts/" + id + "/resources");
			page.locator("#link-title-field").fill("Guía de seguridad");
			page.locator("#link-url").fill("https://example.org/guia");
			page.locator("#link-description").fill("Para empezar el trimestre");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share a link")).click();
			assertThat(page.locator("main")).containsText("The link is shared.");
			page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload(
					"taller.txt", "text/plain", "Material del taller".getBytes(StandardCharsets.UTF_8)));
			page.locator("#file-title-field").fill("Material del taller");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share a file")).click();
			assertThat(page.locator("main")).containsText("The file is shared.");
			assertThat(page.locator("#resources li")).hasCount(2);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			page.navigate(base() + "/cohorts/" + id);
			assertThat(page.locator("#announcements h3")).hasText(title);
			assertThat(page.locator("#announcements strong")).hasText("lunes");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a weekly digest of announcements"))
				.click();
			assertThat(page.locator("main")).containsText("you will receive their titles by mail");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop the weekly digest")))
				.isVisible();
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.locator("#resources-link").click();
			assertThat(page.locator("#resources")).containsText("Guía de seguridad");
			assertThat(page.locator("#resources")).containsText("Material del taller");
			if (javaScript) {
				Browsers.assertAccessible(page);
				page.navigate(base() + "/cohorts/" + id + "/pair-agreement");
				Browsers.assertAccessible(page);
				page.navigate(base() + "/cohorts/" + id + "/announcements");
				Browsers.assertAccessible(page);
			}
		}

		if (javaScript) {
			// other people of the same sides: a second sign-in within one authenticator step would be a replayed code
			Person colleague = fixtures.create(true, Role.ORG_MEMBER);
			organizations.addMember(organization, colleague.username());
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, colleague);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				for (String path : new String[] { "/cohorts/" + id, "/cohorts/" + id + "/announcements",
						"/cohorts/" + id + "/resources", "/cohorts/" + id + "/pair-agreement" }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
			}
			Person otherStaff = fixtures.create(true, Role.STAFF);
			try (BrowserContext context = browsers.context(true)) {
				Page page = context.newPage();
				signIn(page, otherStaff);
				page.navigate(base() + "/?lang=ar");
				page.setViewportSize(360, 800);
				for (String path : new String[] { "/staff/cohorts/" + id + "/announcements",
						"/staff/cohorts/" + id + "/resources" }) {
					page.navigate(base() + path);
					assertThat(page.locator("html")).hasAttribute("dir", "rtl");
					assertNoSidewaysOverflow(page, path);
				}
			}
		}
	}

}
