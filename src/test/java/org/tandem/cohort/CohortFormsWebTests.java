package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The forms' pages over HTTP, as browsers without JavaScript send them: a member fills the intake (bad input said
 * with what was typed kept, a stale page refused), the outtake waits for the term to run, staff read both and record
 * the exit interviews, see what is missing before they close the cohort, and a closed cohort's forms are read-only.
 * Every route of the forms answers nobody outside: another cohort's member, a provider outside the cohort, another
 * organization's member, an advisory member, anonymous visitors, and a provider inside the cohort for the
 * organization's forms.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortFormsWebTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	CohortAgreementService agreementService;

	@Autowired
	OrganizationService organizations;

	@Autowired
	org.tandem.directory.Providers providers;

	@Test
	void membersFillTheirFormsStaffReadThemRecordExitInterviewsAndCloseAndNobodyElseGetsIn() {
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider provider = network.activeProvider();
		Person staffPerson = fixtures.create(true, Role.STAFF);
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		WebSession staff = signedIn(staffPerson);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		Person colleague = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = enrol("Radio Formularios " + UUID.randomUUID(), member);
		organizations.addMember(organization, colleague.username());
		UUID cohort = cohort(staffPerson, Set.of(organization), provider.id());
		String space = "/cohorts/" + cohort;
		WebSession web = signedIn(member);

		// before signing: the cohort's page, which says what to sign first
		assertThat(web.get(space + "/intake").redirect()).endsWith(space);
		AgreementFixtures.signAll(agreementService, admin, member.id(), organization, false);
		AgreementFixtures.signAll(agreementService, admin, providers.accountOf(provider.id()).orElseThrow(),
				provider.id(), true);
		assertThat(web.get(space).html().selectFirst("#intake-link")).isNotNull();

		// bad input: said on each field, what was typed kept, nothing written
		WebSession.Page bad = web.post(space + "/intake", Map.of("hopes", " ", "worries", "Perder la web",
				"hoursPerMonth", "two", "people", "2", "confidence", "9", "version", "0"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("Please answer this question.").contains("Give a whole number of hours")
			.contains("Choose a number from 1 to 5.");
		assertThat(bad.html().selectFirst("textarea[name=worries]").val()).isEqualTo("Perder la web");
		assertThat(bad.html().selectFirst("input[name=hoursPerMonth]").val()).isEqualTo("two");
		assertThat(count("cohort_intake", cohort)).isZero();
		assertThat(web.post(space + "/intake", Map.of("hopes", "x".repeat(5000), "hoursPerMonth", "1", "people",
				"1", "confidence", "1", "version", "nope")).status()).isLessThan(500);
		assertThat(count("cohort_intake", cohort)).isZero();

		String hopes = "canary-Esperanza " + UUID.randomUUID();
		assertThat(web.post(space + "/intake", Map.of("hopes", hopes, "worries", "Perder la web", "hoursPerMonth",
				"6", "people", "2", "confidence", "2", "version", "0")).redirect()).contains("saved");
		WebSession.Page filled = web.get(space + "/intake");
		assertThat(filled.html().selectFirst("textarea[name=hopes]").val()).isEqualTo(hopes);
		assertThat(filled.html().selectFirst("#last-saved")).isNotNull();
		assertThat(filled.html().selectFirst("input[name=confidence][value=2]").hasAttr("checked")).isTrue();
		// a page opened before that save is stale: refused, the typed text kept, theirs shown
		WebSession colleagueWeb = signedIn(colleague);
		colleagueWeb.get(space + "/intake");
		WebSession.Page stale = colleagueWeb.post(space + "/intake", Map.of("hopes", "Mi versión", "hoursPerMonth",
				"3", "people", "1", "confidence", "4", "version", "0"));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.text()).contains("Someone saved this form since you opened the page.");
		assertThat(stale.html().selectFirst("textarea[name=hopes]").val()).isEqualTo("Mi versión");
		assertThat(stale.html().selectFirst("#meanwhile").text()).contains(hopes);
		assertThat(stale.html().selectFirst("input[name=version]").val()).isEqualTo("1");
		assertThat(jdbc.sql("select hours_per_month from cohort_intake where cohort_id = :c").param("c", cohort)
			.query(Integer.class).single()).isEqualTo(6);

		// the outtake waits for the term to run
		WebSession.Page early = web.get(space + "/outtake");
		assertThat(early.html().selectFirst("#forms-not-yet")).isNotNull();
		assertThat(early.html().selectFirst("form textarea[name=changed]")).isNull();
		web.post(space + "/outtake", Map.of("changed", "Pronto", "recommend", "5", "confidence", "5", "version", "0"));
		assertThat(count("cohort_outtake", cohort)).isZero();
		move(staffPerson, cohort, CohortStatus.RUNNING);
		assertThat(web.post(space + "/outtake", Map.of("changed", "canary-Cambió " + UUID.randomUUID(),
				"keepDoing", "Copias", "recommend", "5", "confidence", "4", "version", "0")).redirect())
			.contains("saved");

		// staff read them; exit interviews, with bad input said and kept
		String page = "/staff/cohorts/" + cohort;
		assertThat(staff.get(page).html().selectFirst("#staff-forms-link")).isNotNull();
		WebSession.Page overview = staff.get(page + "/forms");
		assertThat(overview.html().select("#forms-organizations tbody tr")).hasSize(1);
		assertThat(staff.get(page + "/organizations/" + organization + "/forms").text()).contains(hopes)
			.contains("Copias");
		String exit = page + "/exit/organizations/" + organization;
		WebSession.Page badExit = staff.post(exit, Map.of("went", "", "helped", "Las sesiones", "again", "MAYBE",
				"heldOn", "2999-01-01", "version", "0"));
		assertThat(badExit.status()).isEqualTo(200);
		assertThat(badExit.text()).contains("Choose a number from 1 to 5.").contains("Choose one.")
			.contains("not in the future");
		assertThat(badExit.html().selectFirst("textarea[name=helped]").val()).isEqualTo("Las sesiones");
		assertThat(count("cohort_exit_interview", cohort)).isZero();
		String yesterday = LocalDate.now().minusDays(1).toString();
		assertThat(staff.post(exit, Map.of("went", "4", "helped", "Las sesiones", "again", "YES", "heldOn",
				yesterday, "version", "0")).redirect()).contains("saved");
		move(staffPerson, cohort, CohortStatus.CLOSING);
		WebSession.Page closing = staff.get(page + "/forms");
		assertThat(closing.html().selectFirst("#closing-missing").text()).contains("1 exit interview is not done yet.");
		assertThat(staff.get(page).html().selectFirst("#closing-missing-summary").text())
			.contains("1 exit interview is not done yet.");
		assertThat(staff.post(page + "/exit/providers/" + provider.id(), Map.of("went", "5", "again", "UNSURE",
				"heldOn", yesterday, "version", "0")).redirect()).contains("saved");
		assertThat(staff.get(page + "/forms").html().selectFirst("#closing-complete")).isNotNull();
		String version = staff.get(page + "/forms").html().selectFirst("#closing input[name=version]").val();
		assertThat(staff.post(page + "/status", Map.of("to", "CLOSED", "version", version)).redirect())
			.contains("moved");

		// closed: read-only, nothing changes
		WebSession.Page closed = web.get(space + "/intake");
		assertThat(closed.html().selectFirst("#forms-closed")).isNotNull();
		assertThat(closed.html().selectFirst("#intake-answers").text()).contains(hopes);
		assertThat(closed.html().selectFirst("form textarea[name=hopes]")).isNull();
		web.post(space + "/intake", Map.of("hopes", "Tarde", "hoursPerMonth", "1", "people", "1", "confidence", "1",
				"version", "1"));
		assertThat(staff.get(page + "/organizations/" + organization + "/forms").text()).contains(hopes);
		assertThat(staff.get(page + "/forms").html().selectFirst("#closing")).isNull();

		// every route of the forms, as everyone outside
		outsiders(cohort, organization, provider, network, staffPerson);
	}

	private void outsiders(UUID cohort, UUID organization, ProviderNetwork.ActiveProvider insideProvider,
			ProviderNetwork network, Person staffPerson) {
		// a member of another cohort's organization, signed and taking part there
		Person otherCohortMember = fixtures.create(false, Role.ORG_MEMBER);
		UUID otherOrganization = enrol("Otra cohorte " + UUID.randomUUID(), otherCohortMember);
		ProviderNetwork.ActiveProvider outsideProvider = network.activeProvider();
		cohort(staffPerson, Set.of(otherOrganization), outsideProvider.id());
		AgreementFixtures.signAll(agreementService, fixtures.create(true, Role.ADMIN).id(), otherCohortMember.id(),
				otherOrganization, false);
		Person lone = fixtures.create(false, Role.ORG_MEMBER);
		enrol("Sin cohorte " + UUID.randomUUID(), lone);
		Map<String, WebSession> outsiders = new LinkedHashMap<>();
		outsiders.put("another cohort's member", signedIn(otherCohortMember));
		outsiders.put("a provider outside", outsideProvider.web());
		outsiders.put("another organization's member", signedIn(lone));
		outsiders.put("an advisory member", signedIn(Role.ADVISORY));
		outsiders.put("the provider inside", insideProvider.web());
		Map<String, String> form = new HashMap<>(Map.of("hopes", "canary-Intrusión", "changed", "canary-Intrusión",
				"hoursPerMonth", "1", "people", "1", "confidence", "1", "recommend", "1", "went", "1", "again",
				"NO", "heldOn", LocalDate.now().minusDays(1).toString(), "version", "0"));
		String[] routes = { "/cohorts/" + cohort + "/intake", "/cohorts/" + cohort + "/outtake",
				"/staff/cohorts/" + cohort + "/forms", "/staff/cohorts/" + cohort + "/organizations/" + organization
						+ "/forms",
				"/staff/cohorts/" + cohort + "/exit/organizations/" + organization,
				"/staff/cohorts/" + cohort + "/exit/providers/" + insideProvider.id() };
		long rows = count("cohort_intake", cohort) + count("cohort_outtake", cohort)
				+ count("cohort_exit_interview", cohort);
		for (String route : routes) {
			for (Map.Entry<String, WebSession> outsider : outsiders.entrySet()) {
				WebSession.Page shown = outsider.getValue().get(route);
				// a valid token from a page of their own, so that only authorization can refuse the post
				assertThat(outsider.getValue().get("/").html().select("input[name=_csrf]")).isNotEmpty();
				for (WebSession.Page answer : List.of(shown, outsider.getValue().post(route, form))) {
					assertThat(answer.status()).as(route + " as " + outsider.getKey()).isIn(403, 404);
					assertThat(answer.body()).doesNotContain("canary-").doesNotContain("Copias");
				}
			}
			WebSession.Page anonymous = visitor().get(route);
			assertThat(anonymous.status()).as(route + " anonymously").isIn(302, 403);
			assertThat(visitor().post(route, form).status()).as(route + " anonymously").isIn(302, 403);
		}
		assertThat(count("cohort_intake", cohort) + count("cohort_outtake", cohort)
				+ count("cohort_exit_interview", cohort)).isEqualTo(rows);
		// unknown ids are not found
		WebSession staff = signedIn(fixtures.create(true, Role.STAFF));
		assertThat(staff.get("/staff/cohorts/" + cohort + "/organizations/" + UUID.randomUUID() + "/forms").status())
			.isEqualTo(404);
		assertThat(staff.get("/staff/cohorts/" + UUID.randomUUID() + "/forms").status()).isEqualTo(404);
		assertThat(staff.get("/staff/cohorts/" + cohort + "/exit/providers/not-an-id").status()).isLessThan(500);
	}

	private UUID cohort(Person staff, Set<UUID> members, UUID provider) {
		Cohort created = cohorts.create(new Cohort.Terms("Cohorte formularios " + UUID.randomUUID(), null,
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31), Set.of("es"), 5, 5), Set.of(staff.id()),
				staff.id());
		members.forEach(o -> cohorts.addOrganization(created.id(), o));
		cohorts.addProvider(created.id(), provider);
		move(staff, created.id(), CohortStatus.RECRUITING);
		return created.id();
	}

	private void move(Person staff, UUID cohort, CohortStatus to) {
		cohorts.move(cohort, cohorts.get(cohort).version(), to, staff.id());
	}

	private UUID enrol(String name, Person member) {
		Organization organization = organizations.create(new Organization.Profile(name, null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "CO"));
		organizations.addMember(organization.id(), member.username());
		return organization.id();
	}

	private WebSession signedIn(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

	private long count(String table, UUID cohort) {
		return jdbc.sql("select count(*) from " + table + " where cohort_id = :c").param("c", cohort)
			.query(Long.class).single();
	}

}
