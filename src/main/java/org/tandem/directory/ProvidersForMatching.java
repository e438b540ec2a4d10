package org.tandem.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What matching may read of providers: those in service or able to return to it (vetted, active, paused), with
 * what they offer, their live capacity, their contact channels (whether they have one, never the details) and their
 * declared conflicts of interest, opened.
 */
public interface ProvidersForMatching {

	List<Candidate> candidates();

	Optional<Candidate> find(UUID id);

	/** The services taxonomy's codes, in its order. */
	List<String> serviceCodes();

	/** The communities providers declare having served. */
	List<String> communityCodes();

	/** A provider's reference by its id, whatever its status. */
	Optional<String> referenceOf(UUID id);

	/** A provider's id by its reference (P-…), whatever its status. */
	Optional<UUID> idOf(String reference);

	/**
	 * A provider as matching sees it. Codes are the directory's: services (taxonomy codes) by depth
	 * ({@code CAN_DO}, {@code SPECIALIST}), languages at working level or better, communities, fees, sectors
	 * (organization kinds).
	 *
	 * @param jurisdictions the country of legal residence or incorporation and any other jurisdiction
	 * @param channels SIGNAL, ENCRYPTED_EMAIL (an email address and an OpenPGP key), EMAIL, PHONE
	 */
	record Candidate(UUID id, String reference, String name, ProviderStatus status, @Nullable Instant vettedUntil,
			List<DatedPause> pauses, int maxEngagements, int openEngagements, Map<String, String> services,
			Set<String> languages, Set<String> remoteCountries, Set<String> inPersonCountries, boolean remoteAnywhere,
			Set<String> communities, Set<String> jurisdictions, Set<String> channels, List<String> conflictOrganizations,
			Set<String> conflictSectors, String timeZone, int responseHours, Set<String> fees) {
	}

	record DatedPause(LocalDate startsOn, LocalDate endsOn) {
	}

}
