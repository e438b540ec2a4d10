package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.CanaryScan;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.TestDatabase;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Puts a unique marker in every identifying field and file of two organizations and of their engagements (Create
 * Space's agreements, the risk register; both exports downloaded), through the real pages, then
 * reads the raw bytes of everything Tandem writes: the database (the H2 file; for PostgreSQL a pg_dump, and its data
 * directory and write-ahead log when this process can read them), the data directory and the temporary directory.
 * No marker may appear in plain text, before or after a purge; after the purge the old ciphertext cannot be opened.
 * The logs are watched for the markers by {@link LogLeakWatcher} (see {@link LogLeakTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tandem.test.file-database=true",
		"tandem.test.context=canary" })
class CanaryTests extends WebTestSupport {

	@Autowired
	Sealer sealer;

	@Autowired
	org.tandem.engagement.domain.EngagementService engagements;

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Value("${spring.datasource.url}")
	String url;

	/**
	 * An audit in the engagement, by its staff: a marker in the scope and the threats, an activity's notes and its
	 * evidence (name and content), every free field of a finding and a recommendation, the organization's reason for
	 * declining it, and both reports issued.
	 */
	private void audit(String workspace, WebSession staff, WebSession member, List<String> markers) {
		staff.get(workspace + "/audits");
		String audit = staff.post(workspace + "/audits", Map.of("scope", marker(markers), "threats", marker(markers),
				"organizationSize", "5", "country", "GT", "setting", "IN_PLACE", "hours", "4", "minutes", "0",
				"language", "en")).redirect().split("/plan")[0].replaceAll("^https?://[^/]+", "");
		UUID auditId = UUID.fromString(audit.replaceAll(".*/", ""));
		String activity = staff.get(audit + "/plan").html().selectFirst("#proposed input[name=activity]").val();
		assertThat(staff.post(audit + "/plan/activities", Map.of("activity", activity)).redirect()).contains("picked");
		UUID planned = jdbc.sql("select id from audit_activity where audit_id = :a").param("a", auditId)
			.query(UUID.class).single();
		staff.get(audit + "/activities/" + planned);
		assertThat(staff.post(audit + "/activities/" + planned + "/notes", Map.of("notes", marker(markers), "version",
				"0")).redirect()).contains("notesSaved");
		assertThat(staff.postFile(audit + "/activities/" + planned + "/evidence", "file", marker(markers) + ".txt",
				"text/plain", marker(markers).getBytes(StandardCharsets.UTF_8)).redirect()).contains("evidenceAdded");
		staff.get(audit + "/findings");
		assertThat(staff.post(audit + "/findings", Map.of("title", marker(markers), "category", "DEVICES", "assets",
				marker(markers), "likelihood", "LIKELY", "impact", "MAJOR", "evidence", marker(markers), "evidenceFiles",
				marker(markers), "seenBy", marker(markers))).redirect()).contains("added");
		String finding = jdbc.sql("select id from audit_finding where audit_id = :a").param("a", auditId)
			.query(UUID.class).single().toString();
		staff.get(audit + "/recommendations");
		assertThat(staff.post(audit + "/recommendations", Map.of("title", marker(markers), "action", marker(markers),
				"findings", finding, "effort", "2", "priority", "HIGH")).redirect()).contains("added");
		UUID recommendation = jdbc.sql("select id from audit_recommendation where audit_id = :a").param("a", auditId)
			.query(UUID.class).single();
		member.get(audit + "/recommendations");
		assertThat(member.post(audit + "/recommendations/" + recommendation + "/decision", Map.of("status", "DECLINED",
				"reason", marker(markers), "version", "0")).redirect()).contains("decided");
		staff.get(audit + "/reports");
		for (String kind : List.of("SUMMARY", "FULL")) {
			assertThat(staff.post(audit + "/reports", Map.of("kind", kind)).status()).isLessThan(400);
		}
		assertThat(jdbc.sql("select count(*) from audit_report where audit_id = :a").param("a", auditId)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Autowired
	org.tandem.evaluation.survey.SurveyService surveys;

	@Autowired
	org.tandem.evaluation.survey.SurveySending surveySending;

	/**
	 * The engagement's evaluation plan, through its pages: a framework outcome reworded, an outcome of the
	 * organization's own, a baseline with a justification for each, a note; and a survey's free answer by the member.
	 */
	private void evaluation(String workspace, UUID engagement, UUID staffId, WebSession member, List<String> markers) {
		String made = member.post(workspace + "/evaluation", Map.of("mode", "FULL")).redirect();
		String plan = made.replaceAll("^(?:https?://[^/]+)?(/evaluations/[0-9a-f-]{36}).*$", "$1");
		assertThat(member.post(plan + "/outcomes/pick", Map.of("choice", "F:4.3", "wording", marker(markers)))
			.redirect()).contains("added");
		assertThat(member.post(plan + "/outcomes/custom", Map.of("objective", "3", "kind", "BEHAVIOUR", "wording",
				marker(markers), "smart", "specific")).redirect()).contains("added");
		UUID planId = UUID.fromString(plan.substring(plan.lastIndexOf('/') + 1));
		Map<String, String> round = new java.util.LinkedHashMap<>();
		for (UUID outcome : jdbc.sql("select id from evaluation_outcome where plan_id = :p order by position")
			.param("p", planId).query(UUID.class).list()) {
			round.put("score-" + outcome, "2");
			round.put("text-" + outcome, marker(markers));
		}
		assertThat(round).hasSize(4);
		assertThat(member.post(plan + "/rounds/1", round).redirect()).contains("saved=2");
		assertThat(member.post(plan + "/notes", Map.of("tag", "NO_STAFF_TIME", "body", marker(markers))).redirect())
			.contains("added");

		var draft = surveys.create(staffId, List.of("en"), "Canary follow-up " + UUID.randomUUID());
		surveys.addQuestion(draft.id(), staffId, "en", new org.tandem.evaluation.survey.QuestionInput(
				org.tandem.evaluation.survey.QuestionType.TEXT, "Anything else?", "", "", true, null),
				draft.rowVersion());
		surveys.publish(draft.id(), staffId, draft.rowVersion() + 1);
		assertThat(surveySending.toEngagementByHand(draft.id(), staffId, engagement,
				org.tandem.evaluation.survey.SurveySending.Audience.ORGANIZATION)).isOne();
		UUID invitation = jdbc.sql("select id from survey_invitation where survey_id = :s").param("s", draft.id())
			.query(UUID.class).single();
		String own = "/surveys/invitations/" + invitation;
		assertThat(member.get(own).status()).isEqualTo(200);
		assertThat(member.post(own, Map.of("q1", marker(markers), "counted", "on")).html().select("#thanks")).isNotEmpty();
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", draft.id())
			.query(Long.class).single()).isOne();
	}

	@Test
	void noMarkerIsEverStoredInPlainTextAndNoneCanBeReadAfterThePurge() throws Exception {
		CanaryScan scan = new CanaryScan(jdbc, dataDir, url);
		scan.freshWriteAheadLog();
		Instant start = Instant.now().minusSeconds(1);
		WebSession staff = visitor();
		var staffAccount = fixtures.create(true, Role.STAFF);
		AccountFixtures.signIn(staff, staffAccount);
		List<String> markers = new ArrayList<>();
		Map<UUID, WebSession> members = new HashMap<>();
		Map<UUID, UUID> engagementOf = new HashMap<>();
		ProviderNetwork.ActiveProvider engaged = new ProviderNetwork(this).activeProvider();
		List<UUID> ids = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String name = marker(markers);
			names.add(name);
			staff.get("/staff/organizations/new");
			WebSession.Page created = staff.post("/staff/organizations", Map.of("name", name, "kind", "NGO",
					"sizeBand", "UP_TO_5", "country", "GT", "contact", marker(markers), "notes", marker(markers)));
			UUID id = UUID.fromString(created.redirect().replaceAll("^/staff/organizations/([^?]+).*$", "$1"));
			ids.add(id);
			var member = fixtures.create(false, Role.ORG_MEMBER);
			staff.get("/staff/organizations/" + id);
			staff.post("/staff/organizations/" + id + "/members", Map.of("username", member.username()));
			WebSession web = visitor();
			AccountFixtures.signIn(web, member);
			members.put(id, web);
			assertThat(web.get("/organization/" + id).text()).contains(name);
			staff.get("/staff/organizations/" + id);
			String document = marker(markers);
			assertThat(staff.postFile("/staff/organizations/" + id + "/documents", "file", marker(markers) + ".txt",
					"text/plain", document.getBytes(StandardCharsets.UTF_8)).redirect()).endsWith("?documentAdded");
			// An engagement with its provider: every agreement and every field of the risk register hold a marker.
			UUID engagement = engagements.openByHand(id, engaged.id(), staffAccount.id()).id();
			engagementOf.put(id, engagement);
			String workspace = "/engagements/" + engagement;
			String version = web.get(workspace).html().selectFirst("#create-space input[name=version]").val();
			Map<String, String> agreements = new java.util.LinkedHashMap<>();
			for (String topic : new String[] { "working", "rhythm", "decisions", "confidential", "incidents" }) {
				agreements.put(topic, marker(markers));
			}
			agreements.put("version", version);
			assertThat(web.post(workspace + "/agreements", agreements).redirect()).contains("agreed");
			assertThat(web.post(workspace + "/risks", Map.of("asset", marker(markers), "threat", marker(markers),
					"measures", marker(markers), "likelihood", "HIGH", "impact", "LOW")).redirect()).contains("riskAdded");
			assertThat(web.get(workspace).text()).contains(agreements.get("rhythm"));
			// its exports are made in memory: no file in the data or temporary directory holds them
			assertThat(web.download(workspace + "/export.pdf").statusCode()).isEqualTo(200);
			assertThat(web.download(workspace + "/export.json").statusCode()).isEqualTo(200);
			assertThat(web.download("/organization/" + id + "/export").statusCode()).isEqualTo(200);
			audit(workspace, staff, web, markers);
			evaluation(workspace, engagement, staffAccount.id(), web, markers);
		}
		// A cohort with both organizations and the engaged provider: each organization's intake and outtake, and the
		// exit interviews staff record with each organization and the provider, hold a marker in every free field.
		UUID cohort = cohortWithForms(ids, members, engaged, staff, staffAccount.id(), markers);

		// A request for help, through the public form and the status page, with a marker in every free field.
		WebSession requester = visitor();
		WebSession.Page form = requester.get("/request");
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
		fields.put("anonymous", "true");
		fields.put("organizationName", marker(markers));
		fields.put("region", marker(markers));
		fields.put("languages", "es");
		fields.put("communities", marker(markers));
		fields.put("description", marker(markers));
		fields.put("outcome", marker(markers));
		fields.put("urgency", "SOON");
		fields.put("timeframe", "FLEXIBLE");
		fields.put("approach", "NOT_SURE");
		fields.put("contactMethod", "EMAIL");
		fields.put("email", marker(markers) + "@example.org");
		fields.put("openpgpKey", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n" + marker(markers)
				+ "\n-----END PGP PUBLIC KEY BLOCK-----");
		fields.put("consent", "true");
		WebSession.Page sent = requester.post("/request", fields);
		String statusPath = sent.html().selectFirst("#status-link").attr("href").replaceAll("^.*(/request/status/.*)$", "$1");
		requester.get(statusPath);
		requester.post(statusPath, Map.of("code", sent.html().selectFirst("#status-code").text()));
		requester.get(statusPath);
		requester.post(statusPath + "/messages", Map.of("body", marker(markers)));
		UUID request = jdbc.sql("select id from help_request order by submitted_at desc fetch first 1 rows only")
			.query(UUID.class).single();
		staff.get("/staff/requests/" + request);
		staff.post("/staff/requests/" + request + "/notes", Map.of("body", marker(markers)));
		staff.post("/staff/requests/" + request + "/assessment",
				Map.of("services", "TRAINING", "riskLevel", "LOW", "context", marker(markers)));
		assertThat(staff.get("/staff/requests/" + request).text()).contains(fields.get("description"));

		// A provider's application, a vouch and a staff note, with a marker in every sealed field; then erased.
		WebSession applicant = visitor();
		WebSession.Page application = applicant.get("/providers/apply");
		Map<String, String> provider = new java.util.LinkedHashMap<>();
		provider.put("nonce", application.html().selectFirst("input[name=nonce]").val());
		provider.put("kind", "INDIVIDUAL");
		provider.put("displayName", "Provider for the canary scan");
		provider.put("expertise", "Operational, not sealed.");
		provider.put("residenceCountry", "BR");
		// the receipt mail is queued sealed under the provider's keys, so the address is a marker like any other
		provider.put("email", marker(markers) + "@example.org");
		provider.put("referees", marker(markers));
		provider.put("conflictOrganizations", marker(markers));
		provider.put("services[TRAINING]", "CAN_DO");
		provider.put("languages[pt]", "NATIVE");
		provider.put("remoteAnywhere", "true");
		provider.put("capacity.maxEngagements", "1");
		provider.put("capacity.hoursPerMonth", "5");
		provider.put("capacity.timeZone", "UTC");
		provider.put("capacity.fees", "PRO_BONO");
		for (String item : new String[] { "CONTACT_DETAILS", "CASE_NOTES", "DEVICE_DATA", "REPORTS", "COMMUNICATIONS" }) {
			provider.put("retention.periods[" + item + "]", "NOT_KEPT");
		}
		provider.put("agreements", "VALUES,VULNERABLE_COMMUNITIES,DATA_RETENTION,MINIMUM_COMMITMENT,"
				+ "LEARNING_AND_FEEDBACK,DO_NO_HARM");
		String reference = applicant.post("/providers/apply", provider).html().selectFirst("#reference").text();
		UUID providerId = jdbc.sql("select id from provider where reference = :r").param("r", reference)
			.query(UUID.class).single();
		staff.get("/staff/providers/" + providerId);
		staff.post("/staff/providers/" + providerId + "/vouch", Map.of("text", marker(markers)));
		String version = staff.get("/staff/providers/" + providerId).html().selectFirst("input[name=version]").val();
		staff.post("/staff/providers/" + providerId + "/note", Map.of("text", marker(markers), "version", version));
		assertThat(staff.get("/staff/providers/" + providerId).text()).contains(provider.get("referees"));

		UUID purged = ids.get(0);
		byte[] oldName = jdbc.sql("select name from organization where id = :id").param("id", purged).query(byte[].class).single();
		UUID oldRisk = jdbc.sql("select id from engagement_risk where engagement_id = :e").param("e", engagementOf.get(purged))
			.query(UUID.class).single();
		byte[] oldThreat = jdbc.sql("select threat from engagement_risk where id = :id").param("id", oldRisk)
			.query(byte[].class).single();

		scan.assertNoMarkerAnywhere(markers, start);

		WebSession member = members.get(purged);
		member.get("/organization/" + purged + "/destroy");
		assertThat(member.post("/organization/" + purged + "/destroy", Map.of("confirm", "true")).redirect())
			.startsWith("/privacy/receipts/");

		requester.get(statusPath);
		requester.post(statusPath + "/withdraw", Map.of("confirm", "true"));
		assertThat(jdbc.sql("select count(*) from help_request where id = :id").param("id", request).query(Long.class)
			.single()).isZero();

		version = staff.get("/staff/providers/" + providerId).html().selectFirst("input[name=version]").val();
		staff.post("/staff/providers/" + providerId + "/offboard", Map.of("text", marker(markers), "version", version));
		staff.get("/staff/providers/" + providerId);
		assertThat(staff.post("/staff/providers/" + providerId + "/erase", Map.of("confirm", "true")).redirect())
			.startsWith("/privacy/receipts/");
		assertThat(jdbc.sql("select count(*) from provider where id = :id").param("id", providerId).query(Long.class)
			.single()).isZero();

		scan.assertNoMarkerAnywhere(markers, start);
		assertThat(sealer.open(new Place("organization", "name", purged.toString(), purged), KeyPurpose.IDENTIFYING,
				oldName)).isEmpty();
		// the purged organization's engagement is gone with every row, and what it held cannot be opened any more
		assertThat(jdbc.sql("select count(*) from engagement where organization_id = :o").param("o", purged)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit where organization_id = :o").param("o", purged)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_report where organization_id = :o").param("o", purged)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from engagement_risk where engagement_id = :e")
			.param("e", engagementOf.get(purged)).query(Long.class).single()).isZero();
		assertThat(sealer.open(new Place("engagement_risk", "threat", oldRisk.toString(), purged), KeyPurpose.CASE,
				oldThreat)).isEmpty();
		try (Stream<Path> all = Files.walk(dataDir)) {
			// The key store names no owner (its tombstone is a zeroed slot in a bucket file), nor does anything else.
			assertThat(all.filter(p -> p.getFileName().toString().contains(purged.toString()))
				.map(p -> p.getFileName().toString())).isEmpty();
		}
		// the purged organization's evaluation and survey answers are gone; the other's stay
		for (String table : new String[] { "evaluation_plan", "survey_response" }) {
			assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = :o").param("o", purged)
				.query(Long.class).single()).as(table).isZero();
			assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = :o").param("o", ids.get(1))
				.query(Long.class).single()).as(table).isOne();
		}
		assertThat(jdbc.sql("select count(*) from evaluation_note n join evaluation_plan p on p.id = n.plan_id"
				+ " where p.organization_id = :o").param("o", ids.get(1)).query(Long.class).single()).isOne();
		// the purged organization's cohort forms are gone; the other's stay
		for (String table : new String[] { "cohort_intake", "cohort_outtake" }) {
			assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = :o").param("o", purged)
				.query(Long.class).single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from cohort_exit_interview where party_id = :o").param("o", purged)
			.query(Long.class).single()).isZero();
		assertThat(members.get(ids.get(1)).get("/cohorts/" + cohort + "/intake").status()).isEqualTo(200);
		// The organization that was not purged still reads fine, its engagement too.
		assertThat(members.get(ids.get(1)).get("/organization/" + ids.get(1)).text()).contains(names.get(1));
		assertThat(members.get(ids.get(1)).get("/engagements/" + engagementOf.get(ids.get(1))).status()).isEqualTo(200);
		assertThat(LogLeakWatcher.leaks()).isEmpty();
	}

	@Autowired
	org.tandem.cohort.domain.CohortService cohorts;

	@Autowired
	org.tandem.cohort.domain.CohortAgreementService cohortAgreements;

	@Autowired
	org.tandem.organization.Organizations organizationDoor;

	/** A running cohort of the organizations and the provider, every form filled through the pages with markers. */
	private UUID cohortWithForms(List<UUID> organizations, Map<UUID, WebSession> members,
			ProviderNetwork.ActiveProvider provider, WebSession staff, UUID staffId, List<String> markers) {
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		UUID cohort = cohorts.create(new org.tandem.cohort.domain.Cohort.Terms("Cohort for the canary scan", null,
				java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 8, 31), java.util.Set.of("en"), 5, 5),
				java.util.Set.of(staffId), staffId).id();
		organizations.forEach(o -> cohorts.addOrganization(cohort, o));
		cohorts.addProvider(cohort, provider.id());
		for (org.tandem.cohort.CohortStatus to : new org.tandem.cohort.CohortStatus[] {
				org.tandem.cohort.CohortStatus.RECRUITING, org.tandem.cohort.CohortStatus.RUNNING }) {
			cohorts.move(cohort, cohorts.get(cohort).version(), to, staffId);
		}
		for (org.tandem.cohort.CohortAgreements.Kind kind : org.tandem.cohort.CohortAgreements.Kind.values()) {
			if (cohortAgreements.current(kind).isEmpty()) {
				Map<String, String> texts = new java.util.LinkedHashMap<>();
				for (String language : new String[] { "en", "es", "fr", "pt", "ar" }) {
					texts.put(language, "The hub's agreement, in " + language + ".");
				}
				cohortAgreements.publish(kind, texts, 0, admin);
			}
		}
		String yesterday = java.time.LocalDate.now().minusDays(1).toString();
		for (UUID organization : organizations) {
			WebSession web = members.get(organization);
			UUID account = organizationDoor.members(organization).getFirst();
			for (org.tandem.cohort.CohortAgreements.Kind kind : org.tandem.cohort.CohortAgreements.Kind.values()) {
				cohortAgreements.sign(account, organization, kind,
						cohortAgreements.current(kind).orElseThrow().version().number(), "en");
			}
			String space = "/cohorts/" + cohort;
			web.get(space + "/intake");
			assertThat(web.post(space + "/intake", Map.of("hopes", marker(markers), "worries", marker(markers),
					"hoursPerMonth", "4", "people", "2", "toKnow", marker(markers), "confidence", "2", "version", "0"))
				.redirect()).contains("saved");
			web.get(space + "/outtake");
			assertThat(web.post(space + "/outtake", Map.of("changed", marker(markers), "keepDoing", marker(markers),
					"missing", marker(markers), "recommend", "4", "confidence", "4", "version", "0")).redirect())
				.contains("saved");
			String exit = "/staff/cohorts/" + cohort + "/exit/organizations/" + organization;
			staff.get(exit);
			assertThat(staff.post(exit, Map.of("went", "4", "helped", marker(markers), "hindered", marker(markers),
					"toChange", marker(markers), "again", "YES", "heldOn", yesterday, "version", "0")).redirect())
				.contains("saved");
		}
		String exit = "/staff/cohorts/" + cohort + "/exit/providers/" + provider.id();
		staff.get(exit);
		assertThat(staff.post(exit, Map.of("went", "5", "helped", marker(markers), "hindered", marker(markers),
				"toChange", marker(markers), "again", "UNSURE", "heldOn", yesterday, "version", "0")).redirect())
			.contains("saved");
		assertThat(staff.get("/staff/cohorts/" + cohort + "/organizations/" + organizations.get(0) + "/forms").text())
			.contains("canary-");
		return cohort;
	}

	private static String marker(List<String> markers) {
		String marker = LogLeakWatcher.CANARY + UUID.randomUUID();
		markers.add(marker);
		return marker;
	}

}
