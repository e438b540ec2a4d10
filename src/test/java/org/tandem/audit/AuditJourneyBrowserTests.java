package org.tandem.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.audit.report.AuditReportLayoutTests;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.EngagementService;
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
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;

/**
 * The audit's journey in Chromium, with JavaScript on and off, the provider and the organization's member each in a
 * browser of their own, on Tandem's own catalog: in their engagement, the provider plans an audit of six activities
 * for a 12-person organization with remote support only (what Tandem proposes, the order, a day, the total time
 * against the time available), attaches evidence to an activity, records three findings with evidence and four
 * recommendations; the member accepts two, declines one with a reason, and moves the accepted ones into the
 * engagement's plan, where they appear; the provider issues the two-page summary, which the member downloads in
 * Spanish; the member's pages in Arabic on a 360 px phone stay within the screen and pass axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PlanTestSupport.OWN)
class AuditJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void fromSixActivitiesToTheSummaryInSpanish(boolean javaScript) throws Exception {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		String name = "Radio Comunitaria " + UUID.randomUUID().toString().substring(0, 8);
		UUID organization = organizations.create(new Organization.Profile(name, null, null, OrganizationKind.MEDIA,
				SizeBand.UP_TO_20, "GT")).id();
		organizations.addMember(organization, member.username());
		UUID engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		try (BrowserContext providerContext = browsers.context(javaScript);
				BrowserContext memberContext = browsers.context(javaScript)) {
			providerContext.addCookies(provider.web()
				.cookies()
				.stream()
				.map(c -> new Cookie(c.getName(), c.getValue()).setUrl(base()))
				.toList());
			Page auditor = providerContext.newPage();

			// the provider starts the audit from the engagement's workspace
			auditor.navigate(base() + "/engagements/" + engagement);
			auditor.locator("a[href='/engagements/" + engagement + "/audits']").first().click();
			auditor.locator("[name=scope]").fill("Las cuentas, los teléfonos y la página de la radio");
			auditor.locator("[name=threats]").fill("Acoso en redes y robo de cuentas");
			// first a mistake: what was typed stays, and the message says what is wrong
			auditor.locator("[name=organizationSize]").fill("doce");
			auditor.locator("#setting-REMOTE_WITH_SUPPORT").check();
			auditor.locator("[name=hours]").fill("16");
			auditor.locator("[name=language]").selectOption("es");
			auditor.locator("#start form button[type=submit]").click();
			assertThat(auditor.locator("[name=organizationSize]")).hasValue("doce");
			assertThat(auditor.locator("[name=scope]")).hasValue("Las cuentas, los teléfonos y la página de la radio");
			assertThat(auditor.locator("[name=organizationSize][aria-invalid=true]")).hasCount(1);
			auditor.locator("[name=organizationSize]").fill("12");
			for (String skill : List.of("interviewing", "account-security", "secure-messaging", "facilitation",
					"harassment-response", "threat-modelling", "data-protection")) {
				auditor.locator("input[name=skills][value='" + skill + "']").check();
			}
			auditor.locator("#start form button[type=submit]").click();
			assertThat(auditor.locator("main")).containsText("Activities and plan");
			String audit = auditor.url().replaceAll(".*/audits/([0-9a-f-]{36}).*", "$1");

			// Tandem proposes what fits remote support and twelve people; six are picked
			Locator fitting = auditor.locator("#proposed > div.candidate");
			org.assertj.core.api.Assertions.assertThat(fitting.count()).isGreaterThanOrEqualTo(6);
			org.assertj.core.api.Assertions.assertThat(auditor.locator("#not-fitting div.excluded").count())
				.isPositive();
			for (int i = 0; i < 6; i++) {
				auditor.locator("#proposed > div.candidate form button").first().click();
				assertThat(auditor.locator("#planned ol > li")).hasCount(i + 1);
			}
			String first = auditor.locator("#planned ol > li h3 a bdi").first().textContent();
			auditor.locator("#planned ol > li").first().locator("form:has(input[value=down]) button").click();
			assertThat(auditor.locator("#planned ol > li").nth(1).locator("h3 a bdi")).hasText(first);
			auditor.locator("#planned ol > li input[type=date]").first().fill(today.plusDays(7).toString());
			auditor.locator("#days button").click();
			assertThat(auditor.locator("#planned ol > li input[type=date]").first()).hasValue(today.plusDays(7).toString());
			assertThat(auditor.locator("#total")).containsText("16");

			// evidence on the first activity, kept encrypted
			auditor.locator("#planned ol > li h3 a").first().click();
			auditor.locator("#file").setInputFiles(new FilePayload("capturas-cuentas.txt", "text/plain",
					"Tres cuentas sin segundo factor".getBytes(StandardCharsets.UTF_8)));
			auditor.locator("#evidence form[enctype] button[type=submit]").click();
			assertThat(auditor.locator("#evidence")).containsText("capturas-cuentas.txt");
			auditor.locator("#status-DONE").check();
			auditor.locator("#status form button[type=submit]").click();
			assertThat(auditor.locator("#status")).containsText("Done");

			// three findings with their evidence
			auditor.navigate(base() + "/audits/" + audit + "/findings");
			finding(auditor, "Tres cuentas sin segundo factor", "ONLINE_ACCOUNTS", "LIKELY", "MAJOR");
			finding(auditor, "Grupos de WhatsApp con exmiembros", "MESSAGING_APPS", "POSSIBLE", "MODERATE");
			finding(auditor, "Campaña de acoso contra la locutora", "HARASSMENT", "ALMOST_CERTAIN", "SEVERE");
			assertThat(auditor.locator("#findings tbody tr")).hasCount(3);
			// weightiest first
			assertThat(auditor.locator("#findings tbody tr").first()).containsText("Campaña de acoso contra la locutora");
			// the evidence named by a finding links to the file uploaded on the activity
			assertThat(auditor.locator("#findings tbody tr a[href*='/evidence/']")).hasCount(3);

			// four recommendations
			auditor.navigate(base() + "/audits/" + audit + "/recommendations");
			recommendation(auditor, "Activar la verificación en dos pasos", "Tres cuentas sin segundo factor", "HIGH");
			recommendation(auditor, "Revisar los grupos cada mes", "Grupos de WhatsApp con exmiembros", "MEDIUM");
			recommendation(auditor, "Plan de respuesta al acoso", "Campaña de acoso contra la locutora", "HIGH");
			recommendation(auditor, "Cambiar de aplicación de mensajería", "Grupos de WhatsApp con exmiembros", "LOW");
			assertThat(auditor.locator("#recommendations article")).hasCount(4);

			// the organization decides
			Page ours = memberContext.newPage();
			signIn(ours, member);
			ours.navigate(base() + "/audits");
			ours.locator("main a[href='/audits/" + audit + "']").first().click();
			ours.locator("#recommendations-link").click();
			assertThat(ours.locator("#add-rec")).hasCount(0);
			decide(ours, "Activar la verificación en dos pasos", "ACCEPTED", null);
			decide(ours, "Plan de respuesta al acoso", "ACCEPTED", null);
			// a refusal without a reason is refused, and nothing changes
			decide(ours, "Cambiar de aplicación de mensajería", "DECLINED", null);
			assertThat(ours.locator("main [role=alert]").first()).isVisible();
			decide(ours, "Cambiar de aplicación de mensajería", "DECLINED", "Todo el equipo depende de WhatsApp con sus fuentes");
			assertThat(card(ours, "Cambiar de aplicación de mensajería")).containsText("Declined");

			// the accepted ones become items of the engagement's plan, in one step
			assertThat(ours.locator("#plan tbody tr")).hasCount(2);
			ours.locator("#plan-due").fill(today.plusDays(30).toString());
			ours.locator("#plan form button[type=submit]").click();
			assertThat(ours.locator("#plan")).not().containsText("Activar la verificación en dos pasos");
			ours.navigate(base() + "/engagements/" + engagement + "/plan");
			assertThat(ours.locator("#items")).containsText("Activar la verificación en dos pasos");
			assertThat(ours.locator("#items")).containsText("Plan de respuesta al acoso");
			assertThat(ours.locator("#items")).not().containsText("Cambiar de aplicación de mensajería");

			// the provider issues the summary; the member downloads it, in Spanish
			auditor.navigate(base() + "/audits/" + audit + "/reports");
			auditor.locator("#issue-summary").click();
			assertThat(auditor.locator("article.report-view h1")).hasText("Resumen para quienes deciden");

			ours.navigate(base() + "/audits/" + audit + "/reports?lang=ar");
			assertThat(ours.locator("html")).hasAttribute("dir", "rtl");
			assertNoSidewaysOverflow(ours, "reports");
			Download pdf = ours.waitForDownload(() -> ours.locator("ul.reports a.pdf").first().click());
			byte[] bytes = Files.readAllBytes(pdf.path());
			Files.deleteIfExists(pdf.path());
			String text = AuditReportLayoutTests.plain(AuditReportLayoutTests.text(bytes));
			org.assertj.core.api.Assertions.assertThat(text).contains(
					AuditReportLayoutTests.plain("Resumen para quienes deciden"),
					AuditReportLayoutTests.plain("Campaña de acoso contra la locutora"),
					AuditReportLayoutTests.plain("Activar la verificación en dos pasos"));
			org.assertj.core.api.Assertions.assertThat(AuditReportLayoutTests.pages(bytes)).isLessThanOrEqualTo(2);

			// the member's pages in Arabic on a phone
			for (String path : List.of("/audits/" + audit, "/audits/" + audit + "/plan", "/audits/" + audit + "/findings",
					"/audits/" + audit + "/recommendations", "/audits/" + audit + "/follow-up")) {
				ours.navigate(base() + path + "?lang=ar");
				assertThat(ours.locator("html")).hasAttribute("dir", "rtl");
				assertNoSidewaysOverflow(ours, path);
				if (javaScript) {
					Browsers.assertAccessible(ours);
				}
			}
			assertThat(ours.locator("main")).containsText("Activar la verificación en dos pasos");
		}
	}

	private static void finding(Page page, String title, String category, String likelihood, String impact) {
		page.locator("form[action$='/findings'] [name=title]").fill(title);
		page.locator("form[action$='/findings'] [name=category]").selectOption(category);
		page.locator("form[action$='/findings'] [name=assets]").fill("Cuentas de la radio\nTeléfonos del equipo");
		page.locator("form[action$='/findings'] [name=likelihood]").selectOption(likelihood);
		page.locator("form[action$='/findings'] [name=impact]").selectOption(impact);
		page.locator("form[action$='/findings'] [name=evidence]").fill("Revisado con la coordinadora: " + title);
		page.locator("form[action$='/findings'] [name=evidenceFiles]").fill("capturas-cuentas.txt");
		page.locator("form[action$='/findings'] button[type=submit]").click();
		assertThat(page.locator("#findings")).containsText(title);
	}

	private static void recommendation(Page page, String title, String finding, String priority) {
		Locator form = page.locator("form[action$='/recommendations']");
		form.locator("[name=title]").fill(title);
		form.locator("[name=action]").fill("**Qué hacer**: " + title);
		form.locator("label:has-text('" + finding + "') input[type=checkbox]").check();
		form.locator("[name=effort]").fill("4");
		form.locator("[name=priority]").selectOption(priority);
		form.locator("button[type=submit]").click();
		assertThat(page.locator("#recommendations")).containsText(title);
	}

	private static Locator card(Page page, String title) {
		return page.locator("#recommendations article", new Page.LocatorOptions().setHasText(title));
	}

	private static void decide(Page page, String title, String status, String reason) {
		Locator card = card(page, title);
		card.locator("input[name=status][value=" + status + "]").check();
		if (reason != null) {
			card.locator("textarea[name=reason]").fill(reason);
		}
		card.locator("form.decision button[type=submit]").click();
	}

}
