package org.tandem.audit.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * In Chromium: the auditor issues the summary of an audit in Spanish with JavaScript off; the organization's member,
 * with JavaScript on and the pages in Arabic on a 360 px phone (nothing sideways, no serious axe-core finding), finds
 * it, opens it and downloads the PDF, which reads back in Spanish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditReportBrowserTests extends BrowserTestSupport {

	@Autowired
	AuditService audits;

	@Autowired
	OrganizationService organizations;

	@Test
	void theAuditorIssuesTheSummaryAndTheMemberDownloadsItInSpanish() throws Exception {
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		UUID organization = organizations.create(new Organization.Profile("Radio Sur " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
		Audit audit = audits.startOnItsOwn(organization, staff.id(),
				AuditReportFixtures.context("Las cuentas de la redacción y sus portátiles", "es"));
		String reports = base() + "/audits/" + audit.id() + "/reports";

		try (BrowserContext context = browsers.context(false)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(reports);
			assertThat(page.locator("#no-reports")).isVisible();
			page.locator("#issue-summary").click();
			assertThat(page.locator("#issued")).isVisible();
			assertThat(page.locator("article.report-view h1")).hasText("Resumen para quienes deciden");
			assertThat(page.locator("article.report-view")).containsText("Las cuentas de la redacción y sus portátiles");
		}

		try (BrowserContext context = browsers.context(true)) {
			Page page = context.newPage();
			signIn(page, member);
			page.navigate(reports + "?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("#issue-summary")).hasCount(0);
			assertThat(page.locator("ul.reports li")).hasCount(1);
			assertNoSidewaysOverflow(page, "reports");
			Browsers.assertAccessible(page);
			page.locator("ul.reports li a").first().click();
			// the report keeps its own language and direction inside the Arabic page
			assertThat(page.locator("article.report-view section.audit-report")).hasAttribute("dir", "ltr");
			assertNoSidewaysOverflow(page, "report");
			Browsers.assertAccessible(page);

			Download pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
			byte[] bytes = Files.readAllBytes(pdf.path());
			Files.deleteIfExists(pdf.path());
			String text = AuditReportLayoutTests.plain(AuditReportLayoutTests.text(bytes));
			org.assertj.core.api.Assertions.assertThat(text).contains(
					AuditReportLayoutTests.plain("Resumen para quienes deciden"),
					AuditReportLayoutTests.plain("Qué hacer primero"),
					AuditReportLayoutTests.plain("Las cuentas de la redacción y sus portátiles"),
					AuditReportLayoutTests.plain("12 personas"));
			org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("tandem-audit-summary-1.pdf");
		}
	}

}
