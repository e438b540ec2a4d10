package org.tandem.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionDetails;
import org.tandem.cohort.domain.SessionKind;
import org.tandem.directory.Providers;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebTestSupport;

/** A running cohort with a coordinator, an organization (with one member) and a provider, all of whom signed. */
record SessionFixtures(UUID cohort, Person staff, Person member, UUID organization,
		ProviderNetwork.ActiveProvider provider, UUID providerAccount) {

	static SessionFixtures cohort(WebTestSupport test, AccountFixtures fixtures, CohortService cohorts,
			OrganizationService organizations, Providers providers, CohortAgreementService agreements) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(test).activeProvider();
		UUID providerAccount = providers.accountOf(provider.id()).orElseThrow();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = AgreementFixtures.organization(organizations, member.username());
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		Cohort cohort = cohorts.create(new Cohort.Terms("Cohorte sesiones " + UUID.randomUUID().toString().substring(0, 8),
				null, start, start.plusMonths(6).minusDays(1), Set.of("es", "ar"), 5, 5), Set.of(staff.id()),
				staff.id());
		cohorts.addOrganization(cohort.id(), organization);
		cohorts.addProvider(cohort.id(), provider.id());
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		AgreementFixtures.signAll(agreements, admin, member.id(), organization, false);
		AgreementFixtures.signAll(agreements, admin, providerAccount, provider.id(), true);
		return new SessionFixtures(cohort.id(), staff, member, organization, provider, providerAccount);
	}

	String memberAddress() {
		return member.username() + "@example.org";
	}

	static SessionDetails details(SessionKind kind, SessionAudience audience, String title, Instant startsAt) {
		return new SessionDetails(kind, audience, title, startsAt.truncatedTo(ChronoUnit.MINUTES), 60,
				"America/Argentina/Buenos_Aires", "https://meet.example.org/" + UUID.randomUUID(), null,
				"- Presentaciones\n- **Objetivos**");
	}

}
