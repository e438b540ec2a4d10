package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Enlisting over HTTP, as browsers without JavaScript send it, on H2 and PostgreSQL: the public form offers the
 * cohorts recruiting and refuses an anonymous request for the programme or a cohort that no longer recruits (keeping
 * what was typed); staff see where the request asked to go, enrol its organization into the cohort and invite its
 * person, who becomes the organization's member on accepting; staff put an existing request into a cohort; nobody
 * else reaches any of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortEnlistmentWebTests extends WebTestSupport {

	@Autowired
	CohortService cohorts;

	@Autowired
	Cohorts door;

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	private Cohort recruiting(Person coordinator) {
		LocalDate start = LocalDate.now().plusMonths(1);
		Cohort cohort = cohorts.create(new Cohort.Terms("Cohorte Andina " + UUID.randomUUID().toString().substring(0, 6),
				"Seis meses", start, start.plusMonths(6), Set.of("es", "en"), 5, 5), Set.of(coordinator.id()),
				coordinator.id());
		return cohorts.move(cohort.id(), cohort.version(), CohortStatus.RECRUITING, coordinator.id());
	}

	private static Map<String, String> form(WebSession web, String email) {
		WebSession.Page page = web.get("/request");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nonce", page.html().selectFirst("input[name=nonce]").val());
		fields.put("anonymous", "false");
		fields.put("organizationName", "canary-Colectivo Andino " + UUID.randomUUID());
		fields.put("organizationKind", "MEDIA");
		fields.put("sizeBand", "UP_TO_20");
		fields.put("country", "PE");
		fields.put("languages", "es");
		fields.put("problems", "ACCOUNT_COMPROMISED");
		fields.put("description", "canary-Queremos aprender a protegernos.");
		fields.put("urgency", "NOT_URGENT");
		fields.put("timeframe", "NEXT_MONTHS");
		fields.put("approach", "COHORT");
		fields.put("contactMethod", "EMAIL");
		fields.put("email", email);
		fields.put("consent", "true");
		return fields;
	}

	@Test
	void anOrganizationAsksForACohortAndStaffEnrolItAndInviteItsPerson() {
		Person coordinator = fixtures.create(true, Role.STAFF);
		Cohort cohort = recruiting(coordinator);
		WebSession staff = signedIn(Role.STAFF);
		WebSession requester = visitor();
		String email = ProviderNetwork.newEmail();

		WebSession.Page offered = requester.get("/request");
		assertThat(offered.html().selectFirst("#cohort").text()).contains(cohort.name());
		assertThat(offered.html().select("#cohort bdi").eachText()).contains(cohort.name());

		// anonymous: refused with why, what was typed kept
		Map<String, String> anonymous = form(requester, email);
		anonymous.put("anonymous", "true");
		anonymous.put("cohort", cohort.id().toString());
		WebSession.Page refused = requester.post("/request", anonymous);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().selectFirst("#error-summary").text()).contains("cannot be anonymous");
		assertThat(refused.html().selectFirst("input[name=cohort][value=" + cohort.id() + "]").hasAttr("checked"))
			.isTrue();
		assertThat(refused.html().selectFirst("input[name=organizationName]").val())
			.isEqualTo(anonymous.get("organizationName"));
		// a cohort that does not recruit (or never existed)
		Map<String, String> closed = form(requester, email);
		closed.put("cohort", UUID.randomUUID().toString());
		WebSession.Page notOpen = requester.post("/request", closed);
		assertThat(notOpen.status()).isEqualTo(400);
		assertThat(notOpen.html().selectFirst("#error-summary").text()).contains("no longer taking organizations");
		assertThat(jdbc.sql("select count(*) from cohort_enlistment where cohort_id = :c").param("c", cohort.id())
			.query(Long.class).single()).isZero();

		Map<String, String> fields = form(requester, email);
		fields.put("cohort", cohort.id().toString());
		WebSession.Page sent = requester.post("/request", fields);
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		UUID request = requestOf(sent.html().selectFirst("#status-link").attr("href"));
		assertThat(jdbc.sql("select cohort_id from cohort_enlistment where request_id = :r").param("r", request)
			.query(UUID.class).single()).isEqualTo(cohort.id());

		assertThat(staff.get("/staff/requests/" + request).html().selectFirst("#enlisted").text())
			.contains(cohort.name());
		WebSession.Page board = staff.get("/staff/cohorts/" + cohort.id());
		String proposal = "/staff/cohorts/" + cohort.id() + "/enlisted/" + request;
		assertThat(board.html().select("#waiting a").eachAttr("href")).anyMatch(h -> h.endsWith(proposal));

		WebSession.Page page = staff.get(proposal);
		assertThat(page.html().selectFirst("input[name=name]").val()).isEqualTo(fields.get("organizationName"));
		assertThat(page.html().selectFirst("input[name=email]").val()).isEqualTo(email);
		long organizationsBefore = jdbc.sql("select count(*) from organization").query(Long.class).single();
		WebSession.Page blank = staff.post(proposal, Map.of("name", " ", "kind", "MEDIA", "sizeBand", "UP_TO_20",
				"country", "PE", "email", email, "language", "es"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.html().selectFirst("input[name=email]").val()).isEqualTo(email);
		WebSession.Page badMail = staff.post(proposal, Map.of("name", "Colectivo Andino", "kind", "MEDIA",
				"sizeBand", "UP_TO_20", "country", "PE", "email", "not an address", "language", "es"));
		assertThat(badMail.status()).isEqualTo(400);
		assertThat(badMail.html().selectFirst("input[name=name]").val()).isEqualTo("Colectivo Andino");
		assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single())
			.isEqualTo(organizationsBefore);

		assertThat(staff.post(proposal, Map.of("name", "Colectivo Andino", "kind", "MEDIA", "sizeBand", "UP_TO_20",
				"country", "PE", "email", email, "language", "es")).redirect()).endsWith("?enrolled");
		assertThat(door.organizations(cohort.id())).hasSize(1);
		UUID organization = door.organizations(cohort.id()).get(0);
		assertThat(staff.get("/staff/cohorts/" + cohort.id()).html().select("#waiting a").eachAttr("href"))
			.noneMatch(h -> h.endsWith(proposal));
		// the enrolled one is not enrolled twice
		assertThat(staff.get(proposal).status()).isEqualTo(404);

		String mail = TestMail.awaitBody(email, "/invitation/");
		String path = mail.substring(mail.indexOf("/invitation/")).split("\\s")[0];
		WebSession invitee = visitor();
		invitee.get(path);
		String username = "andino" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(invitee.post(path, Map.of("displayName", "Rosa", "username", username, "email", email, "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD)).redirect()).contains("/dashboard");
		UUID account = jdbc.sql("select id from account where username = :u").param("u", username)
			.query(UUID.class).single();
		assertThat(jdbc.sql("select count(*) from organization_member where organization_id = :o and account_id = :a")
			.param("o", organization).param("a", account).query(Long.class).single()).isOne();
		assertThat(invitee.get("/cohorts").text()).contains(cohort.name());
	}

	@Test
	void staffPutAnExistingRequestIntoACohortButNeverAnAnonymousOne() {
		Person coordinator = fixtures.create(true, Role.STAFF);
		Cohort cohort = recruiting(coordinator);
		WebSession staff = signedIn(Role.STAFF);
		WebSession.Page sent = RequestFixtures.send(visitor(), Map.of("anonymous", "false", "contactMethod", "EMAIL",
				"email", ProviderNetwork.newEmail()), Map.of());
		UUID request = requestOf(sent.html().selectFirst("#status-link").attr("href"));
		String move = "/staff/cohorts/enlist/" + request;
		assertThat(staff.get("/staff/requests/" + request).html().selectFirst("#move-to-cohort").attr("href"))
			.endsWith(move);
		assertThat(staff.get(move).html().selectFirst("#cohort").text()).contains(cohort.name());
		assertThat(staff.post(move, Map.of()).status()).isEqualTo(400);
		assertThat(staff.post(move, Map.of("cohort", UUID.randomUUID().toString())).status()).isEqualTo(400);
		assertThat(staff.post(move, Map.of("cohort", cohort.id().toString())).redirect())
			.contains("/staff/cohorts/" + cohort.id());
		assertThat(staff.get("/staff/cohorts/" + cohort.id()).html().select("#waiting a").eachAttr("href"))
			.anyMatch(h -> h.endsWith("/enlisted/" + request));

		WebSession.Page anonymousSent = RequestFixtures.send(visitor(), Map.of(), Map.of());
		UUID anonymous = requestOf(anonymousSent.html().selectFirst("#status-link").attr("href"));
		assertThat(staff.get("/staff/requests/" + anonymous).html().selectFirst("#move-to-cohort")).isNull();
		assertThat(staff.post("/staff/cohorts/enlist/" + anonymous, Map.of("cohort", cohort.id().toString()))
			.status()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from cohort_enlistment where request_id = :r").param("r", anonymous)
			.query(Long.class).single()).isZero();
	}

	@Test
	void nobodyButStaffReachesEnlisting() {
		Person coordinator = fixtures.create(true, Role.STAFF);
		Cohort cohort = recruiting(coordinator);
		WebSession.Page sent = RequestFixtures.send(visitor(), Map.of("anonymous", "false", "approach", "COHORT",
				"contactMethod", "EMAIL", "email", ProviderNetwork.newEmail()), Map.of());
		UUID request = requestOf(sent.html().selectFirst("#status-link").attr("href"));
		String proposal = "/staff/cohorts/" + cohort.id() + "/enlisted/" + request;
		String move = "/staff/cohorts/enlist/" + request;
		Map<String, String> enrol = Map.of("name", "Intruso", "kind", "MEDIA", "sizeBand", "UP_TO_20", "email",
				"intruso@example.org", "language", "es");
		for (WebSession outsider : new WebSession[] { visitor(), signedIn(Role.ORG_MEMBER), signedIn(Role.ADVISORY),
				signedIn(Role.PROVIDER), signedIn(Role.PRACTITIONER) }) {
			assertThat(outsider.get(proposal).status()).isNotEqualTo(200);
			assertThat(outsider.get(move).status()).isNotEqualTo(200);
			assertThat(outsider.post(proposal, enrol).redirect()).doesNotContain("enrolled");
			assertThat(outsider.post(move, Map.of("cohort", cohort.id().toString())).redirect())
				.doesNotContain("/staff/cohorts/" + cohort.id());
		}
		assertThat(door.organizations(cohort.id())).isEmpty();
		// the request asked for whichever fits: staff see it on any recruiting cohort's page
		assertThat(signedIn(Role.STAFF).get("/staff/cohorts/" + cohort.id()).html().select("#waiting a")
			.eachAttr("href")).anyMatch(h -> h.endsWith(proposal));
	}

}
