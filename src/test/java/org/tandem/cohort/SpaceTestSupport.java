package org.tandem.cohort;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
import org.tandem.directory.Providers;
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
 * A running cohort for the space's tests: two organizations (each with a member), two providers, a coordinator, all
 * signed; and, beside it, another cohort with its own member, a provider outside every cohort and an organization in
 * none.
 */
abstract class SpaceTestSupport extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	CohortAgreementService agreementService;

	@Autowired
	OrganizationService organizationService;

	@Autowired
	Providers providers;

	/** Everyone around one running cohort. */
	record World(UUID cohort, Person coordinator, Person memberA, UUID organizationA, Person memberB,
			UUID organizationB, ProviderNetwork.ActiveProvider provider, ProviderNetwork.ActiveProvider otherProvider,
			UUID otherCohort, Person otherCohortMember, ProviderNetwork.ActiveProvider outsideProvider,
			Person otherOrganizationMember) {
	}

	World world() {
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider provider = network.activeProvider();
		ProviderNetwork.ActiveProvider otherProvider = network.activeProvider();
		ProviderNetwork.ActiveProvider outsideProvider = network.activeProvider();
		Person admin = fixtures.create(true, Role.ADMIN);
		Person coordinator = fixtures.create(true, Role.STAFF);
		Person memberA = fixtures.create(false, Role.ORG_MEMBER);
		Person memberB = fixtures.create(false, Role.ORG_MEMBER);
		Person otherCohortMember = fixtures.create(false, Role.ORG_MEMBER);
		Person otherOrganizationMember = fixtures.create(false, Role.ORG_MEMBER);
		UUID organizationA = enrol("canary-Radio Espacio " + UUID.randomUUID(), memberA);
		UUID organizationB = enrol("canary-Colectivo Espacio " + UUID.randomUUID(), memberB);
		UUID organizationC = enrol("canary-Otra cohorte " + UUID.randomUUID(), otherCohortMember);
		UUID organizationD = enrol("canary-Ninguna " + UUID.randomUUID(), otherOrganizationMember);
		for (var signer : new Object[][] { { memberA, organizationA }, { memberB, organizationB },
				{ otherCohortMember, organizationC }, { otherOrganizationMember, organizationD } }) {
			AgreementFixtures.signAll(agreementService, admin.id(), ((Person) signer[0]).id(), (UUID) signer[1], false);
		}
		for (ProviderNetwork.ActiveProvider p : new ProviderNetwork.ActiveProvider[] { provider, otherProvider,
				outsideProvider }) {
			AgreementFixtures.signAll(agreementService, admin.id(), providers.accountOf(p.id()).orElseThrow(), p.id(),
					true);
		}
		UUID cohort = running("Espacio " + UUID.randomUUID(), coordinator, new UUID[] { organizationA, organizationB },
				new UUID[] { provider.id(), otherProvider.id() });
		UUID otherCohort = running("Otra " + UUID.randomUUID(), fixtures.create(true, Role.STAFF),
				new UUID[] { organizationC }, new UUID[] { otherProvider.id() });
		return new World(cohort, coordinator, memberA, organizationA, memberB, organizationB, provider, otherProvider,
				otherCohort, otherCohortMember, outsideProvider, otherOrganizationMember);
	}

	UUID running(String name, Person coordinator, UUID[] organizations, UUID[] providerIds) {
		Cohort cohort = cohorts.create(new Cohort.Terms(name, null, LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 8, 31), Set.of("en", "ar"), 5, 5), Set.of(coordinator.id()), coordinator.id());
		for (UUID organization : organizations) {
			cohorts.addOrganization(cohort.id(), organization);
		}
		for (UUID provider : providerIds) {
			cohorts.addProvider(cohort.id(), provider);
		}
		cohorts.move(cohort.id(), cohorts.get(cohort.id()).version(), CohortStatus.RECRUITING, coordinator.id());
		cohorts.move(cohort.id(), cohorts.get(cohort.id()).version(), CohortStatus.RUNNING, coordinator.id());
		return cohort.id();
	}

	UUID enrol(String name, Person member) {
		Organization organization = organizationService.create(new Organization.Profile(name, null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "CO"));
		organizationService.addMember(organization.id(), member.username());
		return organization.id();
	}

	WebSession as(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

	static String mailOf(Person person) {
		return person.username() + "@example.org";
	}

}
