package org.tandem.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Role;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.PurgeReason;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Issued versions on H2 and PostgreSQL: numbered per audit and kind and kept as issued (a new version follows the
 * audit's changes, the old one does not change), the HTML sealed and the PDF encrypted (no typed text in the clear in
 * the table), both gone after the organization's purge; and the pages as the auditor, the organization's member,
 * another organization's member, a provider, an advisory member, other staff and anonymous.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuditReportWebTests extends WebTestSupport {

	@Autowired
	AuditService audits;

	@Autowired
	AuditReports reports;

	@Autowired
	OrganizationService organizations;

	@Autowired
	EncryptedFileStore files;

	@Autowired
	PurgeService purges;

	private Person staff;

	private Person member;

	private UUID organization;

	private Audit audit;

	@BeforeEach
	void anAuditOnItsOwn() {
		staff = fixtures.create(true, Role.STAFF);
		member = fixtures.create(true, Role.ORG_MEMBER);
		organization = organizations.create(new Organization.Profile("canary-Radio Sur " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
		audit = audits.startOnItsOwn(organization, staff.id(),
				AuditReportFixtures.context("canary-Scope of the first report", "en"));
	}

	@Test
	void versionsAreNumberedPerKindAndKeptAsIssued() {
		AuditReport first = reports.issue(audit.id(), staff.id(), ReportKind.SUMMARY);
		AuditReport full = reports.issue(audit.id(), staff.id(), ReportKind.FULL);
		audits.changeContext(audit.id(), staff.id(),
				AuditReportFixtures.context("canary-Scope after the change", "es"),
				audits.get(audit.id(), staff.id()).audit().version());
		AuditReport second = reports.issue(audit.id(), staff.id(), ReportKind.SUMMARY);
		assertThat(List.of(first.number(), full.number(), second.number())).containsExactly(1, 1, 2);
		// the first version is as it was issued; the second follows the change, in the audit's new language
		AuditReport firstAgain = reports.get(audit.id(), member.id(), first.id());
		assertThat(firstAgain.html()).contains("canary-Scope of the first report").doesNotContain("after the change");
		assertThat(firstAgain.language()).isEqualTo("en");
		assertThat(reports.get(audit.id(), member.id(), second.id()).html()).contains("canary-Scope after the change",
				"Resumen para quienes deciden");
		assertThat(AuditReportLayoutTests.text(reports.pdf(audit.id(), member.id(), first.id())))
			.contains("canary-Scope of the first report");
		// the list: both kinds, newest first, for both sides
		assertThat(reports.list(audit.id(), member.id(), null).reports()).extracting(AuditReports.Entry::id)
			.containsExactly(second.id(), full.id(), first.id());
		assertThat(reports.list(audit.id(), member.id(), null).auditor()).isFalse();
		assertThat(reports.list(audit.id(), staff.id(), null).auditor()).isTrue();
		// the organization's side reads but does not issue
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.issue(audit.id(), member.id(), ReportKind.FULL))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("audit.auditorOnly");
		assertThat(reports.list(audit.id(), staff.id(), null).reports()).hasSize(3);
	}

	@Test
	void nothingTypedIsInTheClearAndThePurgeTakesRowsAndFiles() {
		AuditReport report = reports.issue(audit.id(), staff.id(), ReportKind.FULL);
		byte[] sealed = jdbc.sql("select html from audit_report where id = :id").param("id", report.id())
			.query(byte[].class).single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("canary-", "Scope of the first");
		assertThat(report.pdfSize()).isPositive();
		assertThat(files.exists(organization, report.pdfFileId())).isTrue();
		assertThat(files.open(organization, report.pdfFileId(), KeyPurpose.CASE)).isPresent();

		purges.purge(organization, PurgeReason.STAFF);
		assertThat(jdbc.sql("select count(*) from audit_report where organization_id = :o").param("o", organization)
			.query(Integer.class).single()).isZero();
		assertThat(files.exists(organization, report.pdfFileId())).isFalse();
	}

	@Test
	void theAuditorIssuesAndTheOrganizationReadsAndDownloads() {
		String base = "/audits/" + audit.id() + "/reports";
		WebSession auditor = signedIn(staff);
		WebSession.Page list = auditor.get(base);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().select("#no-reports")).hasSize(1);
		WebSession.Page issued = auditor.post(base, Map.of("kind", "SUMMARY"));
		String reportPath = issued.redirect().replaceFirst("\\?.*", "");
		assertThat(reportPath).startsWith(base + "/");
		WebSession.Page shown = auditor.get(reportPath + "?issued");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.html().select("#issued")).hasSize(1);
		assertThat(shown.html().select("article.report-view h1").text()).isEqualTo("Summary for decision makers");
		assertThat(auditor.post(base, Map.of("kind", "OTHER")).status()).isEqualTo(400);

		WebSession organizationSide = signedIn(member);
		assertThat(organizationSide.get(base).html().select("#issue-summary")).isEmpty();
		assertThat(organizationSide.get(base).html().select("ul.reports li")).hasSize(1);
		WebSession.Page refused = organizationSide.post(base, Map.of("kind", "FULL"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select("#issue-error").text()).isEqualTo("Only the auditor’s side can do this.");
		HttpResponse<byte[]> pdf = organizationSide.download(reportPath + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(pdf.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"tandem-audit-summary-1.pdf\"");
		assertThat(AuditReportLayoutTests.text(pdf.body())).contains("canary-Scope of the first report");
		HttpResponse<byte[]> html = organizationSide.download(reportPath + ".html");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"tandem-audit-summary-1.html\"");
		assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<!DOCTYPE html>",
				"canary-Scope of the first report");
		assertThat(reports.list(audit.id(), staff.id(), null).reports()).hasSize(1);
	}

	@Test
	void nobodyElseFindsAnything() {
		AuditReport report = reports.issue(audit.id(), staff.id(), ReportKind.SUMMARY);
		String base = "/audits/" + audit.id() + "/reports";
		List<String> paths = List.of(base, base + "/" + report.id(), base + "/" + report.id() + ".pdf",
				base + "/" + report.id() + ".html");
		for (WebSession outsider : List.of(signedIn(Role.ORG_MEMBER), signedIn(Role.PROVIDER), signedIn(Role.STAFF),
				signedIn(Role.ADVISORY))) {
			for (String path : paths) {
				HttpResponse<byte[]> answer = outsider.download(path);
				assertThat(answer.statusCode()).as(path).isIn(403, 404);
				assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("canary-");
			}
			outsider.get("/dashboard");
			assertThat(outsider.post(base, Map.of("kind", "SUMMARY")).status()).isIn(403, 404);
		}
		WebSession anonymous = visitor();
		for (String path : paths) {
			assertThat(anonymous.download(path).statusCode()).as(path).isIn(302, 401, 403);
		}
		// a report is found only through its own audit
		Audit other = audits.startOnItsOwn(organization, staff.id(), AuditReportFixtures.context("canary-Other", "en"));
		WebSession auditor = signedIn(staff);
		String elsewhere = "/audits/" + other.id() + "/reports/" + report.id();
		for (String path : List.of(elsewhere, elsewhere + ".pdf", elsewhere + ".html")) {
			assertThat(auditor.download(path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(auditor.download(base + "/" + UUID.randomUUID() + ".pdf").statusCode()).isEqualTo(404);
		assertThat(reports.list(audit.id(), staff.id(), null).reports()).hasSize(1);
	}

	private WebSession signedIn(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

}
