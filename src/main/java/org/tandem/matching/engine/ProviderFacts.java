package org.tandem.matching.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A provider as matching sees it, with its live capacity and standing.
 *
 * @param fluentLanguages languages the provider works in at working level or better
 * @param regions world region keys of every country the provider works in
 * @param jurisdictions the country of legal residence or incorporation and any other jurisdiction
 * @param conflictOrganizations organization names the provider declared a conflict of interest with
 * @param conflictSectors organization kinds the provider declared a conflict with
 * @param timeZone an IANA id
 * @param responseHours how fast the provider usually answers a new request
 */
public record ProviderFacts(UUID id, String reference, String name, Standing standing, @Nullable Instant vettedUntil,
		List<DatedPause> pauses, int maxEngagements, int openEngagements, Map<String, Depth> services,
		Set<String> fluentLanguages, Set<String> remoteCountries, Set<String> inPersonCountries, boolean remoteAnywhere,
		Set<String> regions, Set<String> communities, Set<String> jurisdictions, Set<Channel> channels,
		List<String> conflictOrganizations, Set<String> conflictSectors, String timeZone, int responseHours,
		Set<Fee> fees) {

	public ProviderFacts {
		pauses = List.copyOf(pauses);
		services = Map.copyOf(services);
		fluentLanguages = Set.copyOf(fluentLanguages);
		remoteCountries = Set.copyOf(remoteCountries);
		inPersonCountries = Set.copyOf(inPersonCountries);
		regions = Set.copyOf(regions);
		communities = Set.copyOf(communities);
		jurisdictions = Set.copyOf(jurisdictions);
		channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
		conflictOrganizations = List.copyOf(conflictOrganizations);
		conflictSectors = Set.copyOf(conflictSectors);
		fees = fees.isEmpty() ? EnumSet.noneOf(Fee.class) : EnumSet.copyOf(fees);
	}

	public int freeSlots() {
		return Math.max(0, maxEngagements - openEngagements);
	}

	/** Days a provider is away, both ends included. */
	public record DatedPause(LocalDate startsOn, LocalDate endsOn) {
	}

}
