package org.tandem.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Enlistments;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The whole cohort journey in Chromium, with JavaScript off and on: staff plan a cohort (its agreements published by an
 * administrator) and open it to recruiting; an organization asks for it on the public form; staff enrol it and invite
 * its person, who accepts, becomes its member and signs the three agreements, the confidentiality agreement in
 * Arabic; staff run the matching within the cohort; the provider accepts the blind offer, the introduction and both
 * sides' contact open an engagement; staff plan the kick-off and the onboarding and take attendance; the organization
 * fills its intake; the cohort runs, then closes; the organization fills its outtake, staff record its exit interview
 * and close the cohort; the board shows every step done for the organization, and downloads as CSV. The needs'
 * assessment and the provider's side of the handoff go over HTTP, as the handoff's own tests drive them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortJourneyBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	Enlistments enlistments;

	@Autowired
	CohortAgreementService agreements;

	@Autowired
	org.springframework.context.MessageSource messages;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { false, true })
	void anOrganizationWalksTheWholeCohortJourney(boolean javaScript) {
		String run = UUID.randomUUID().toString().substring(0, 6);
		Person admin = fixtures.create(true, Role.ADMIN);
		for (Kind kind : Kind.values()) {
			AgreementFixtures.publish(agreements, kind, kind.slug() + "-" + run, admin.id());
		}
		Person coordinator = fixtures.create(true, Role.STAFF);
		String providerName = "Proveedora Trayecto " + run;
		ProviderNetwork.ActiveProvider provider = new CohortMatchingFixtures(this, cohorts, enlistments)
			.provider(providerName, 2);
		String cohortName = "Cohorte Trayecto " + (javaScript ? "con" : "sin") + " JS " + run;
		String email = "trayecto-" + UUID.randomUUID() + "@example.org";

		try (BrowserContext staffContext = browsers.context(javaScript);
				BrowserContext requesterContext = browsers.context(javaScript);
				BrowserContext memberContext = browsers.context(javaScript)) {
			// staff plan the cohort, add the provider and open it to organizations
			Page staff = staffContext.newPage();
			signIn(staff, coordinator);
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All cohorts").setExact(true)).first()
				.click();
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a cohort")).click();
			staff.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(cohortName);
			staff.getByLabel("Description").fill("Seis meses de acompañamiento");
			staff.getByLabel("Spanish").check();
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the cohort")).click();
			assertThat(staff.locator("main")).containsText("The cohort was planned.");
			String staffPath = path(staff);
			UUID cohort = UUID.fromString(staffPath.replaceAll(".*/", ""));
			staff.locator("select#provider").selectOption(new SelectOption().setValue(provider.id().toString()));
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the provider")).click();
			assertThat(staff.locator("main")).containsText("The provider was added.");
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to “Recruiting”")).click();
			assertThat(staff.locator("#cohort-status")).hasText("Recruiting");

			// the organization asks for the cohort on the public form, not anonymously
			Page requester = requesterContext.newPage();
			requester.navigate(base() + "/request");
			requester.locator("input[name=anonymous][value=false]").check();
			requester.locator("input[name=organizationName]").fill("Colectivo Trayecto " + run);
			requester.locator("select[name=country]").selectOption("MX");
			requester.locator("input[name=languages][value=es]").check();
			requester.locator("input[name=problems][value=ACCOUNT_COMPROMISED]").check();
			requester.locator("textarea[name=description]").fill("Queremos aprender a protegernos.");
			requester.locator("input[name=urgency][value=NOT_URGENT]").check();
			requester.locator("select[name=timeframe]").selectOption("NEXT_MONTHS");
			assertThat(requester.locator("label:has(input[name=approach][value=COHORT])"))
				.containsText("A six-month programme");
			requester.locator("input[name=approach][value=COHORT]").check();
			assertThat(requester.locator("#cohort")).containsText(cohortName);
			requester.locator("input[name=cohort][value='" + cohort + "']").check();
			requester.locator("input[name=contactMethod][value=EMAIL]").check();
			requester.locator("input[name=email]").fill(email);
			requester.locator("input[name=consent]").check();
			requester.locator("form[action='/request'] button[type=submit]").click();
			String statusCode = requester.locator("#status-code").textContent().strip();
			String statusLink = openStatusPage(requester);
			String statusPath = statusLink.substring(statusLink.indexOf("/request/status/"));
			UUID request = requestOf(statusPath);

			// staff enrol it and invite its person from the cohort's page
			staff.navigate(base() + staffPath);
			staff.locator("#waiting a[href$='/enlisted/" + request + "']").click();
			assertThat(staff.locator("h1")).hasText("Enrol and invite");
			assertThat(staff.locator("input[name=email]")).hasValue(email);
			staff.locator("select#kind").selectOption("MEDIA");
			staff.locator("select#sizeBand").selectOption("UP_TO_20");
			staff.locator("select#country").selectOption("MX");
			staff.locator("select#language").selectOption("es");
			staff.locator("#enrol").click();
			assertThat(staff.locator("main")).containsText("The organization was enrolled and added to the cohort");
			assertThat(staff.locator("#waiting a[href$='/enlisted/" + request + "']")).hasCount(0);
			List<UUID> enrolled = jdbc.sql("select organization_id from cohort_organization where cohort_id = :c")
				.param("c", cohort).query(UUID.class).list();
			Assertions.assertThat(enrolled).hasSize(1);
			UUID organization = enrolled.get(0);

			// the person accepts the invitation read from the mail and becomes the organization's member
			String mail = TestMail.awaitBody(email, "/invitation/");
			String invitation = mail.substring(mail.indexOf("/invitation/")).split("\\s")[0];
			Page member = memberContext.newPage();
			member.navigate(base() + invitation);
			String username = "trayecto" + UUID.randomUUID().toString().substring(0, 8);
			member.locator("input[name=displayName]").fill("Rosa");
			member.locator("input[name=username]").fill(username);
			member.locator("input[name=email]").fill(email);
			member.locator("input[name=password]").fill(AccountFixtures.PASSWORD);
			member.locator("input[name=passwordAgain]").fill(AccountFixtures.PASSWORD);
			member.locator("main form button[type=submit]").click();
			assertThat(member.locator("h1")).containsText("Welcome");
			Assertions.assertThat(jdbc.sql("""
					select count(*) from organization_member m join account a on a.id = m.account_id
					where m.organization_id = :o and a.username = :u""")
				.param("o", organization).param("u", username).query(Long.class).single()).isOne();

			// the member signs the three agreements, the confidentiality agreement in Arabic
			member.navigate(base() + "/cohorts/" + cohort);
			assertThat(member.locator("#unsigned li")).hasCount(3);
			for (Kind kind : new Kind[] { Kind.MOU, Kind.COHORT_ADDENDUM }) {
				member.navigate(base() + "/agreements");
				member.locator("#standing-" + organization + "-" + kind.slug() + " a").click();
				assertThat(member.locator("#agreement-text h3")).hasText("en " + kind.slug() + "-" + run);
				member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read and sign")).click();
				assertThat(member.locator("#signed")).containsText("Signed.");
			}
			member.navigate(base() + "/agreements/confidentiality?lang=ar");
			assertThat(member.locator("html")).hasAttribute("dir", "rtl");
			assertThat(member.locator("#agreement-text h3")).hasText("اتفاق confidentiality-" + run);
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("قرأتُ وأوقّع")).click();
			assertThat(member.locator("#signed")).isVisible();
			member.navigate(base() + "/agreements?lang=en");
			assertThat(member.locator("main")).containsText("Every agreement is signed.");
			Assertions.assertThat(jdbc.sql("""
					select language from cohort_agreement_signature
					where organization_id = :o and kind = 'CONFIDENTIALITY'""")
				.param("o", organization).query(String.class).single()).isEqualTo("ar");

			// staff (another account) assess the request's needs; the coordinator matches within the cohort
			RequestFixtures.assess(signedIn(Role.STAFF), request, "ACCOUNT_SECURITY", "es");
			staff.navigate(base() + staffPath);
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Match within the cohort")).click();
			assertThat(staff.locator("#member-" + organization)).containsText("Ready");
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose a match")).click();
			assertThat(staff.locator("#provider-name-0")).hasText(providerName);
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and send the offers"))
				.click();
			assertThat(staff.locator("#offered")).hasText("1 offer sent.");
			assertThat(staff.locator("#stage-" + organization)).hasText("Offered");
			String matchingPath = path(staff);

			// the provider accepts the blind offer; the introduction inside the cohort; both confirm contact
			UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r and provider_id = :p")
				.param("r", request).param("p", provider.id()).query(UUID.class).single();
			provider.web().get("/provider/handoffs/" + offer);
			Assertions.assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect())
				.contains("accepted");
			WebSession statusSession = visitor();
			statusSession.get(statusPath);
			Assertions.assertThat(statusSession.post(statusPath, Map.of("code", statusCode)).redirect()).endsWith(statusPath);
			statusSession.get(statusPath + "/introduction");
			Assertions.assertThat(statusSession.post(statusPath + "/introduction", Map.of("reveal", "EMAIL", "channel", "EMAIL"))
				.redirect()).contains("introduced");
			statusSession.get(statusPath + "/introduction");
			Assertions.assertThat(statusSession.post(statusPath + "/contact", Map.of("reached", "1")).redirect())
				.contains("answered");
			provider.web().get("/provider/handoffs/" + offer);
			Assertions.assertThat(provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1"))
				.redirect()).contains("answered");
			awaitEngagement(request);
			staff.navigate(base() + matchingPath);
			assertThat(staff.locator("#stage-" + organization)).hasText("Engagement open");

			// staff plan the kick-off and the onboarding, and take attendance at both
			// held already (the board counts a kick-off as held once it began and its attendance was taken)
			java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
			String[][] sessions = { { "KICK_OFF", "Arranque " + run, today.minusDays(2).toString() },
					{ "WELCOME_ONBOARDING", "Bienvenida " + run, today.minusDays(1).toString() } };
			for (String[] session : sessions) {
				staff.navigate(base() + staffPath);
				staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a session")).click();
				staff.locator("select#kind").selectOption(new SelectOption().setValue(session[0]));
				staff.getByLabel("Title").fill(session[1]);
				staff.getByLabel("Day").fill(session[2]);
				staff.getByLabel("Start time").fill("10:00");
				staff.locator("select#timeZone").selectOption(new SelectOption().setValue("America/Mexico_City"));
				staff.getByLabel("Online link").fill("https://meet.example.org/trayecto");
				staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan and invite")).click();
				assertThat(staff.locator("main"))
					.containsText("The session is planned and the invitations are on their way.");
				staff.locator("#attendance input[name=organization][value='" + organization + "']").check();
				staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the attendance")).click();
				assertThat(staff.locator("main")).containsText("The attendance is saved.");
				assertThat(staff.locator("#attendance input[name=organization][value='" + organization + "']"))
					.isChecked();
			}

			// the organization fills its intake from the cohort's space
			String space = "/cohorts/" + cohort;
			member.navigate(base() + space);
			assertThat(member.locator("#sessions-rule")).containsText("the programme’s rule is met");
			member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intake").setExact(true)).click();
			member.getByLabel("What does your organization hope for from the cohort?")
				.fill("Proteger nuestras fuentes");
			member.getByLabel("What are your main worries?").fill("Que nos cierren la página");
			member.getByLabel("Hours a month your organization can give").fill("6");
			member.getByLabel("People who will take part").fill("2");
			member.locator("label[for=confidence-2]").click();
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the intake")).click();
			assertThat(member.locator("main")).containsText("Your answers were saved.");

			// the cohort runs, then comes to its end
			staff.navigate(base() + staffPath);
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to “Running”")).click();
			assertThat(staff.locator("#cohort-status")).hasText("Running");
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to “Closing”")).click();
			assertThat(staff.locator("#cohort-status")).hasText("Closing");

			// the organization fills its outtake
			member.navigate(base() + space + "/outtake");
			member.getByLabel("What changed for your organization?").fill("Usamos llaves de seguridad");
			member.locator("label[for=recommend-5]").click();
			member.locator("label[for=confidence-4]").click();
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the outtake")).click();
			assertThat(member.locator("main")).containsText("Your answers were saved.");

			// staff record the exit interview and close the cohort
			staff.navigate(base() + staffPath + "/exit/organizations/" + organization);
			staff.locator("label[for=went-4]").click();
			staff.getByLabel("What helped").fill("Las sesiones de los martes");
			staff.locator("label[for=again-YES]").click();
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the exit interview")).click();
			assertThat(staff.locator("main")).containsText("Your answers were saved.");
			staff.navigate(base() + staffPath);
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to “Closed”")).click();
			assertThat(staff.locator("#cohort-status")).hasText("Closed");

			// the board shows every step done for the organization, and downloads as CSV
			staff.navigate(base() + staffPath + "/board");
			assertThat(staff.locator("#board-status")).hasText("Closed");
			assertThat(staff.locator("#board-kick-off")).hasText(text("cohort.board.kickOff.held"));
			String row = "#board-row-" + organization;
			assertThat(staff.locator(row)).hasClass(java.util.regex.Pattern.compile("\\bcomplete\\b"));
			assertThat(staff.locator(row + " .agreements")).hasText(text("cohort.board.signed"));
			assertThat(staff.locator(row + " .match")).containsText(providerName);
			assertThat(staff.locator(row + " .sessions")).containsText("2");
			assertThat(staff.locator(row + " .intake")).hasText(text("cohort.board.yes"));
			assertThat(staff.locator(row + " .outtake")).hasText(text("cohort.board.yes"));
			assertThat(staff.locator(row + " .exit")).hasText(text("cohort.board.yes"));
			assertThat(staff.locator(row + " .missing")).hasText(text("cohort.board.nothingMissing"));
			if (javaScript) {
				Browsers.assertAccessible(staff);
			}
			APIResponse csv = staffContext.request().get(base() + staffPath + "/board.csv");
			Assertions.assertThat(csv.status()).isEqualTo(200);
			Assertions.assertThat(csv.headers().get("content-type")).startsWith("text/csv");
			List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
			Assertions.assertThat(lines.get(0)).isEqualTo(String.join(",", List.of("cohort.board.csv.side",
					"cohort.board.csv.id", "cohort.board.csv.name", "cohort.board.agreements", "cohort.board.match",
					"cohort.board.stage", "cohort.board.sessions", "cohort.board.onboarding", "cohort.board.rule",
					"cohort.board.intake", "cohort.board.outtake", "cohort.board.exitInterview", "cohort.board.missing")
				.stream()
				.map(key -> "\"" + text(key) + "\"")
				.toList()));
			String organizationLine = lines.stream().filter(l -> l.contains(organization.toString())).findFirst()
				.orElseThrow();
			Assertions.assertThat(organizationLine)
				.startsWith("\"" + text("cohort.board.csv.organization") + "\",\"" + organization + "\",")
				.contains("\"" + providerName + "\"")
				.contains("\"" + text(PairStage.ENGAGEMENT_OPEN.messageKey()) + "\"")
				.doesNotContain("\"" + text("cohort.board.no") + "\"");
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, java.util.Locale.ENGLISH);
	}

	private static String path(Page page) {
		return page.url().replaceAll("^https?://[^/]+", "").split("\\?")[0];
	}

	private UUID awaitEngagement(UUID request) {
		for (int i = 0; i < 100; i++) {
			List<UUID> found = jdbc.sql("select id from engagement where request_id = :r").param("r", request)
				.query(UUID.class).list();
			if (!found.isEmpty()) {
				return found.get(0);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("no engagement opened for the request");
	}

}
