package org.tandem.matching.engine;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a request needs, as matching sees it.
 *
 * @param request the request's id (for batches and results)
 * @param services needed service codes and how badly, in the order staff listed them
 * @param languages languages the organization works in (codes)
 * @param interpretation the organization accepts working through an interpreter, so no shared language is required
 * @param country the organization's country (ISO code), if known
 * @param region the country's world region key, if known
 * @param timeZone the organization's time zone (an IANA id), if known
 * @param communities community codes the organization belongs to or serves
 * @param responseHours how soon an answer is needed, from the urgency
 * @param budget the most the organization can pay
 * @param startBy the last day the work can start; a provider paused on every day until then is excluded
 * @param excludedProviders providers the organization asked not to work with
 * @param excludedJurisdictions countries whose jurisdiction the organization excludes
 * @param channels the channels the organization can use; empty when not known, which excludes nobody
 * @param organizationName the organization's name, to compare with providers' declared conflicts; null if anonymous
 * @param sector the organization's kind, to compare with conflicting sectors
 * @param underserved the request comes from a region the hub marked as underserved
 */
public record Needs(UUID request, Map<String, Importance> services, Set<String> languages, boolean interpretation,
		@Nullable String country, @Nullable String region, @Nullable String timeZone, Set<String> communities,
		int responseHours, Fee budget, LocalDate startBy, Set<UUID> excludedProviders,
		Set<String> excludedJurisdictions, Set<Channel> channels, @Nullable String organizationName,
		@Nullable String sector, boolean underserved) {

	public Needs {
		services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
		languages = Set.copyOf(languages);
		communities = Set.copyOf(communities);
		excludedProviders = Set.copyOf(excludedProviders);
		excludedJurisdictions = Set.copyOf(excludedJurisdictions);
		channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
		if (responseHours <= 0) {
			throw new IllegalArgumentException("response hours must be positive");
		}
	}

	public List<String> mustServices() {
		return services.entrySet().stream().filter(e -> e.getValue() == Importance.MUST).map(Map.Entry::getKey).toList();
	}

}
