package org.tandem.evaluation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The parties of an evaluation plan, made anew for each test with real accounts, keys and vetted providers: an
 * organization (its name carries the canary marker) with a member, its engagement with a provider and a staff member,
 * and a cohort it belongs to with a coordinator and a member provider it is not paired with; and the outsiders
 * (another organization's member, another provider, an advisory member, staff not in it).
 */
abstract class EvaluationTestSupport extends WebTestSupport {

	/** The evaluation tests run in an application context of their own. */
	static final String OWN = "tandem.test.context=evaluation-plans";

	@Autowired
	protected EngagementService engagements;

	@Autowired
	protected OrganizationService organizations;

	@Autowired
	protected Providers providers;

	@Autowired
	protected CohortService cohorts;

	@Autowired
	protected EvaluationPlans plans;

	protected ProviderNetwork.ActiveProvider provider;

	protected ProviderNetwork.ActiveProvider otherProvider;

	protected UUID providerAccount;

	protected UUID otherProviderAccount;

	protected Person member;

	protected Person otherMember;

	protected Person staff;

	protected Person otherStaff;

	protected Person coordinator;

	protected Person advisory;

	protected UUID organization;

	protected UUID otherOrganization;

	protected UUID engagement;

	protected UUID cohort;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@BeforeEach
	void theParties() {
		ProviderNetwork network = new ProviderNetwork(this);
		provider = network.activeProvider();
		otherProvider = network.activeProvider();
		providerAccount = providers.accountOf(provider.id()).orElseThrow();
		otherProviderAccount = providers.accountOf(otherProvider.id()).orElseThrow();
		member = fixtures.create(false, Role.ORG_MEMBER);
		otherMember = fixtures.create(false, Role.ORG_MEMBER);
		staff = fixtures.create(true, Role.STAFF);
		otherStaff = fixtures.create(true, Role.STAFF);
		coordinator = fixtures.create(true, Role.STAFF);
		advisory = fixtures.create(false, Role.ADVISORY);
		organization = enrol("canary-Radio Norte ");
		otherOrganization = enrol("Colectivo Sur ");
		organizations.addMember(organization, member.username());
		organizations.addMember(otherOrganization, otherMember.username());
		engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		LocalDate start = LocalDate.now().plusMonths(1);
		Cohort planned = cohorts.create(new Cohort.Terms("Cohorte " + UUID.randomUUID(), "Seis meses", start,
				start.plusMonths(6), Set.of("es", "en"), 10, 5), Set.of(coordinator.id()), coordinator.id());
		cohort = cohorts.move(planned.id(), planned.version(), CohortStatus.RECRUITING, coordinator.id()).id();
		cohorts.addOrganization(cohort, organization);
		cohorts.addOrganization(cohort, otherOrganization);
		cohorts.addProvider(cohort, otherProvider.id());
	}

	protected UUID enrol(String name) {
		return organizations.create(new Organization.Profile(name + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
	}

	protected static EvaluationPlan.Dates full() {
		return new EvaluationPlan.Dates(PlanMode.FULL, LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(6),
				null);
	}

	protected static EvaluationPlan.Dates light() {
		return new EvaluationPlan.Dates(PlanMode.LIGHT, null, null, LocalDate.now().plusMonths(3));
	}

	protected long count(String table, UUID organizationId) {
		return jdbc.sql("select count(*) from " + table + " where organization_id = :o")
			.param("o", organizationId)
			.query(Long.class)
			.single();
	}

}
