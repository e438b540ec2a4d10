package org.tandem.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.audit.catalog.ActivityCatalog;
import org.tandem.audit.catalog.CatalogActivity;
import org.tandem.audit.catalog.CatalogFixtures;
import org.tandem.audit.catalog.CatalogImport;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditEvidenceFiles;
import org.tandem.audit.domain.AuditPlans;
import org.tandem.audit.domain.AuditService;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.EngagementService;
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
 * The parties of an audit inside an engagement, made anew for each test with real accounts, keys and a vetted provider
 * (as the engagement tests make them): an active provider and its account, an enrolled organization (its name carries
 * the canary marker) with one member, a staff member, and an engagement between them; and the test catalog
 * ({@code sample}: six activities) imported through the real importer.
 */
abstract class PlanTestSupport extends WebTestSupport {

	/** The plan tests run in an application context of their own (they make many organizations and audits). */
	static final String OWN = "tandem.test.context=audit";

	@Autowired
	protected EngagementService engagements;

	@Autowired
	protected OrganizationService organizations;

	@Autowired
	protected Providers providers;

	@Autowired
	protected AuditService audits;

	@Autowired
	protected AuditPlans plans;

	@Autowired
	protected AuditEvidenceFiles evidence;

	@Autowired
	protected ActivityCatalog catalog;

	@Autowired
	CatalogImport imports;

	protected ProviderNetwork.ActiveProvider provider;

	protected UUID providerAccount;

	protected Person member;

	protected Person staff;

	protected UUID organization;

	protected UUID engagement;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@BeforeEach
	void theParties() {
		if (catalog.activities(java.util.Locale.ENGLISH).stream().noneMatch(a -> a.catalog().equals("sample"))) {
			CatalogFixtures.importSample(imports);
		}
		provider = new ProviderNetwork(this).activeProvider();
		providerAccount = providers.accountOf(provider.id()).orElseThrow();
		member = fixtures.create(false, Role.ORG_MEMBER);
		staff = fixtures.create(true, Role.STAFF);
		organization = organizations.create(new Organization.Profile("canary-Radio Costa " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "PE")).id();
		organizations.addMember(organization, member.username());
		engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
	}

	/** A 12-person organization audited at a distance with local support, four hours available. */
	static Audit.Context twelveRemote(String scope) {
		return new Audit.Context(scope, "canary-Trolls on the radio’s page", 12, "PE", AuditSetting.REMOTE_WITH_SUPPORT,
				240, Set.of("listening"), "es");
	}

	/** The sample catalog's activities by slug. */
	Map<String, CatalogActivity> sample() {
		Map<String, CatalogActivity> bySlug = new java.util.HashMap<>();
		catalog.activities(java.util.Locale.ENGLISH)
			.stream()
			.filter(a -> a.catalog().equals("sample"))
			.forEach(a -> bySlug.put(a.slug(), a));
		return bySlug;
	}

	long count(String sql, UUID id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
