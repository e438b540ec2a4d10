package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Enlistments;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The cohort's matching routes over HTTP, as browsers without JavaScript send them: only staff and administrators
 * reach them. The cohort's own provider, a member of its own organization, a member of another cohort's
 * organization, an advisory member, a practitioner and an anonymous visitor reach none of them, and nothing they send
 * is written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortMatchingWebTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	Enlistments enlistments;

	@Autowired
	OrganizationService organizations;

	@Test
	void nobodyButStaffReachesTheCohortsMatching() {
		CohortMatchingFixtures make = new CohortMatchingFixtures(this, cohorts, enlistments);
		Person coordinator = fixtures.create(true, Role.STAFF);
		WebSession staff = new ProviderNetwork(this).signedIn(coordinator);
		ProviderNetwork.ActiveProvider provider = make.provider("Propia " + UUID.randomUUID().toString().substring(0, 6), 2);
		Cohort cohort = make.recruiting(coordinator, "Cohorte Web " + UUID.randomUUID().toString().substring(0, 6));
		cohorts.addProvider(cohort.id(), provider.id());
		CohortMatchingFixtures.Enlisted enlisted = make.enlisted(cohort, coordinator, staff, visitor(), true);
		Person ownMember = fixtures.create(true, Role.ORG_MEMBER);
		organizations.addMember(enlisted.organization(), ownMember.username());
		// a member of another cohort's organization
		Cohort other = make.recruiting(coordinator, "Otra " + UUID.randomUUID().toString().substring(0, 6));
		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		cohorts.addOrganization(other.id(), AgreementFixtures.organization(organizations, otherMember.username()));

		String path = "/staff/cohorts/" + cohort.id() + "/matching";
		assertThat(staff.post(path, Map.of()).redirect()).contains("?proposed");
		String version = staff.get(path).html().selectFirst("#confirm-form input[name=version]").val();
		UUID batch = jdbc.sql("select batch_id from cohort_matching where cohort_id = :c").param("c", cohort.id())
			.query(UUID.class).single();

		ProviderNetwork network = new ProviderNetwork(this);
		List<WebSession> outsiders = List.of(visitor(), provider.web(), network.signedIn(ownMember),
				network.signedIn(otherMember), signedIn(Role.ADVISORY), signedIn(Role.PRACTITIONER),
				signedIn(Role.PROVIDER));
		for (WebSession outsider : outsiders) {
			WebSession.Page page = outsider.get(path);
			assertThat(page.status()).isIn(302, 403, 404);
			assertThat(page.text()).doesNotContain(cohort.name());
			for (String route : new String[] { path, path + "/rows/0", path + "/confirm" }) {
				WebSession.Page sent = outsider.post(route, Map.of("version", version, "provider", ""));
				assertThat(sent.status()).as(route).isIn(302, 403, 404);
				assertThat(sent.redirect()).doesNotContain("proposed").doesNotContain("offered").doesNotContain("changed");
			}
		}
		// nothing written: the same proposal, its row untouched, no offer
		assertThat(jdbc.sql("select batch_id from cohort_matching where cohort_id = :c").param("c", cohort.id())
			.query(UUID.class).single()).isEqualTo(batch);
		assertThat(staff.get(path).html().selectFirst("#confirm-form input[name=version]").val()).isEqualTo(version);
		assertThat(jdbc.sql("select count(*) from handoff_offer where request_id = :r").param("r", enlisted.request())
			.query(Long.class).single()).isZero();
		// administrators reach it
		assertThat(signedIn(Role.ADMIN).get(path).status()).isEqualTo(200);

		// the pairs as JSON: staff tokens with cohorts:read, ids only; a token without the scope is refused
		String read = token(staff, "cohorts:read");
		WebSession.Page answer = api("/api/v1/cohorts/" + cohort.id() + "/pairs", read);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains("\"organization\":\"" + enlisted.organization() + "\"")
			.contains("\"provider\":\"" + provider.id() + "\"")
			.contains("\"stage\":\"PROPOSED\"")
			.doesNotContain("canary");
		assertThat(api("/api/v1/cohorts/" + UUID.randomUUID() + "/pairs", read).status()).isEqualTo(404);
		assertThat(api("/api/v1/cohorts/" + cohort.id() + "/pairs", token(staff, "account:read")).status())
			.isEqualTo(403);
		assertThat(api("/api/v1/cohorts/" + cohort.id() + "/pairs", "not-a-token").status()).isEqualTo(401);
	}

	private WebSession.Page api(String path, String token) {
		return visitor().send(apiRequest(path, token).GET().build());
	}

}
