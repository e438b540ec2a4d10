package org.tandem.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.AuditService;
import org.tandem.audit.domain.Finding;
import org.tandem.audit.domain.Findings;
import org.tandem.audit.domain.Recommendation;
import org.tandem.audit.domain.Recommendations;
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
 * The parties of an audit inside an engagement, made anew for each test with real accounts, keys and a vetted
 * provider (as the engagement tests make them): the provider's account and a staff member on the auditor's side, an
 * enrolled organization (its name carries the canary marker) with one member, and the audit started by the provider.
 */
abstract class FindingsTestSupport extends WebTestSupport {

	/** The findings tests run in an application context of their own (they make many organizations). */
	static final String OWN = "tandem.test.context=audit-findings";

	@Autowired
	protected EngagementService engagements;

	@Autowired
	protected OrganizationService organizations;

	@Autowired
	protected Providers providers;

	@Autowired
	protected AuditService audits;

	@Autowired
	protected AuditFindings read;

	@Autowired
	protected Findings findings;

	@Autowired
	protected Recommendations recommendations;

	protected ProviderNetwork.ActiveProvider provider;

	protected UUID providerAccount;

	protected Person member;

	protected Person staff;

	protected UUID organization;

	protected UUID engagement;

	protected UUID audit;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@BeforeEach
	void theParties() {
		provider = new ProviderNetwork(this).activeProvider();
		providerAccount = providers.accountOf(provider.id()).orElseThrow();
		member = fixtures.create(false, Role.ORG_MEMBER);
		staff = fixtures.create(true, Role.STAFF);
		organization = organizations.create(new Organization.Profile("canary-Radio Sur " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
		engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		audit = audits.startInEngagement(engagement, providerAccount, context()).id();
	}

	static Audit.Context context() {
		return new Audit.Context("canary-The newsroom's accounts and devices", null, 12, "MX",
				AuditSetting.REMOTE_WITH_SUPPORT, 600, Set.of(), "en");
	}

	static Finding.Entry finding(String title, Likelihood likelihood, Impact impact) {
		return new Finding.Entry(title, FindingCategory.ONLINE_ACCOUNTS, "canary-The shared mailbox", likelihood,
				impact, "canary-Seen in the settings", List.of("canary-screenshot.png"), "canary-Ana and the auditor");
	}

	static Recommendation.Entry recommendation(String title, UUID... findingIds) {
		return new Recommendation.Entry(title, "canary-Turn on **two-step** sign-in", List.of(findingIds), 4, 15_000L,
				"USD", Priority.HIGH, null);
	}

}
