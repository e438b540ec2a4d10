package org.tandem.engagement;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
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
 * The parties of an engagement, made anew for each test with real accounts, keys and a vetted provider: an active
 * provider and the account that speaks for it, an enrolled organization (its name carries the canary marker) with one
 * member, and a staff member. Each visitor comes from an address of its own, as on a real hub: the public forms'
 * limits count per address.
 */
abstract class EngagementTestSupport extends WebTestSupport {

	@Autowired
	protected EngagementService engagements;

	@Autowired
	protected OrganizationService organizations;

	@Autowired
	protected Providers providers;

	protected ProviderNetwork.ActiveProvider provider;

	protected UUID providerAccount;

	protected Person member;

	protected Person staff;

	protected UUID organization;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@BeforeEach
	void theParties() {
		provider = new ProviderNetwork(this).activeProvider();
		providerAccount = providers.accountOf(provider.id()).orElseThrow();
		member = fixtures.create(true, Role.ORG_MEMBER);
		staff = fixtures.create(true, Role.STAFF);
		organization = organizations.create(new Organization.Profile("canary-Radio Norte " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
	}

}
