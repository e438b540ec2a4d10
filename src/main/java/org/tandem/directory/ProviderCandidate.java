package org.tandem.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.organization.OrganizationKind;

/**
 * A provider as matching reads them: what they offer, their live capacity, whether they have each contact channel
 * (never the details) and their declared conflicts of interest, opened. Codes are the directory's: services
 * (taxonomy codes), languages at working level or better, countries.
 *
 * @param jurisdictions the country of legal residence or incorporation and any other jurisdiction
 * @param conflictSectors organization kinds the provider declared a conflict with
 * @param responseHours how fast the provider usually answers a new request
 */
public record ProviderCandidate(UUID id, String reference, String name, ProviderStatus status,
		@Nullable Instant vettedUntil, List<Pause> pauses, int maxEngagements, int openEngagements,
		Map<String, ServiceDepth> services, Set<String> languages, Set<String> remoteCountries,
		Set<String> inPersonCountries, boolean remoteAnywhere, Set<Community> communities, Set<String> jurisdictions,
		Set<ContactChannel> channels, List<String> conflictOrganizations, Set<OrganizationKind> conflictSectors,
		String timeZone, int responseHours, Set<Fee> fees) {

	/** Days the provider is away, both ends included. */
	public record Pause(LocalDate startsOn, LocalDate endsOn) {
	}

}
