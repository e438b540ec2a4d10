package org.tandem.directory.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.ProvidersForMatching;
import org.tandem.directory.persistence.ProviderRepository;

/** The directory's side of {@link ProvidersForMatching}. */
@Component
class MatchingCandidates implements ProvidersForMatching {

	private final ProviderRepository providers;

	private final JdbcClient jdbc;

	private final ServiceTaxonomy taxonomy;

	MatchingCandidates(ProviderRepository providers, JdbcClient jdbc, ServiceTaxonomy taxonomy) {
		this.providers = providers;
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	@Override
	public List<String> serviceCodes() {
		return taxonomy.all().stream().map(ServiceTaxonomy.Service::code).toList();
	}

	@Override
	public List<String> communityCodes() {
		return Arrays.stream(Community.values()).map(Enum::name).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> candidates() {
		List<UUID> ids = jdbc.sql("select id from provider where status in ('VETTED', 'ACTIVE', 'PAUSED')")
			.query(UUID.class)
			.list();
		return providers.findAllById(ids).stream().map(MatchingCandidates::candidate).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Candidate> find(UUID id) {
		return providers.findById(id).filter(p -> p.status() != ProviderStatus.OFFBOARDED).map(MatchingCandidates::candidate);
	}

	@Override
	public Optional<UUID> idOf(String reference) {
		return jdbc.sql("select id from provider where reference = :reference")
			.param("reference", reference)
			.query(UUID.class)
			.optional();
	}

	private static Candidate candidate(Provider p) {
		Map<String, String> services = new LinkedHashMap<>();
		p.servicesByCode().forEach((code, depth) -> services.put(code, depth.name()));
		Set<String> languages = p.languagesByCode()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().compareTo(LanguageLevel.WORKING) >= 0)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		Set<String> jurisdictions = new HashSet<>(p.jurisdictions());
		jurisdictions.add(p.residenceCountry());
		Set<String> channels = new HashSet<>();
		if (p.contactSignalText() != null) {
			channels.add("SIGNAL");
		}
		if (p.contactEmailText() != null) {
			channels.add("EMAIL");
			if (p.openpgpFingerprint() != null) {
				channels.add("ENCRYPTED_EMAIL");
			}
		}
		if (p.contactPhoneText() != null) {
			channels.add("PHONE");
		}
		String conflicts = p.conflictOrganizationsText();
		List<String> conflictOrganizations = conflicts == null ? List.of()
				: Arrays.stream(conflicts.split("[\\n;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new Candidate(p.id(), p.reference(), p.displayName(), p.status(), p.vettedUntil(),
				p.pauses().stream().map(x -> new DatedPause(x.startsOn(), x.endsOn())).toList(), p.maxEngagements(),
				p.openEngagements(), services, languages, p.remoteCountries(), p.inPersonCountries(), p.remoteAnywhere(),
				p.communitySet().stream().map(Enum::name).collect(Collectors.toSet()), jurisdictions, channels,
				conflictOrganizations, p.conflictSectors().stream().map(Enum::name).collect(Collectors.toSet()),
				p.timeZone(), p.capacity().responseTime().hours(),
				p.fees().stream().map(Enum::name).collect(Collectors.toSet()));
	}

}
