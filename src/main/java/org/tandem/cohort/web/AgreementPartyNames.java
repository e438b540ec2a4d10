package org.tandem.cohort.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cohort.domain.AgreementParty;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;

/**
 * The names of the parties a page shows, for people entitled to them: organizations' names opened under their keys
 * (at most a page's worth), providers' read as the directory shows them. A party that is gone has no name.
 */
@Component
class AgreementPartyNames {

	private final Organizations organizations;

	private final Providers providers;

	AgreementPartyNames(Organizations organizations, Providers providers) {
		this.organizations = organizations;
		this.providers = providers;
	}

	Map<UUID, String> of(Collection<AgreementParty> parties) {
		List<UUID> organizationIds = parties.stream()
			.filter(AgreementParty::organization)
			.map(AgreementParty::id)
			.distinct()
			.limit(Organizations.NAMES_LIMIT)
			.toList();
		List<UUID> providerIds = parties.stream().filter(p -> !p.organization()).map(AgreementParty::id).distinct().toList();
		Map<UUID, String> names = new HashMap<>();
		if (!organizationIds.isEmpty()) {
			names.putAll(organizations.names(organizationIds));
		}
		if (!providerIds.isEmpty()) {
			names.putAll(providers.names(providerIds));
		}
		return names;
	}

}
