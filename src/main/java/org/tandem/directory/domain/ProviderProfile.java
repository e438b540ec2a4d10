package org.tandem.directory.domain;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;
import org.tandem.organization.OrganizationKind;

/**
 * What a provider says about themselves: who they are, how to reach them, what they can do, where, in which
 * languages and for whom. Services, communities, residence and the OpenPGP key are vetted facts: once a provider is
 * vetted, changing them goes through review.
 */
public record ProviderProfile(ProviderKind kind, String displayName, String expertise, @Nullable String website,
		String residenceCountry, Set<String> jurisdictions, String contactEmail, @Nullable String contactSignal,
		@Nullable String contactPhone, @Nullable String openpgpKey, String referees,
		@Nullable String conflictOrganizations, Set<OrganizationKind> conflictSectors, Map<String, ServiceDepth> services,
		Map<String, LanguageLevel> languages, Set<String> remoteCountries, Set<String> inPersonCountries,
		boolean remoteAnywhere, Set<Community> communities) {

	public ProviderProfile {
		jurisdictions = Set.copyOf(jurisdictions);
		conflictSectors = Set.copyOf(conflictSectors);
		services = Map.copyOf(services);
		languages = Map.copyOf(languages);
		remoteCountries = Set.copyOf(remoteCountries);
		inPersonCountries = Set.copyOf(inPersonCountries);
		communities = Set.copyOf(communities);
	}

}
