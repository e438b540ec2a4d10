package org.tandem.directory.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.relational.core.mapping.Table;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;

/** The rows a provider aggregate holds besides its own: what it offers, in which languages, where, for whom, when not. */
public final class ProviderRows {

	private ProviderRows() {
	}

	static Set<OfferedService> services(Map<String, ServiceDepth> services) {
		return services.entrySet()
			.stream()
			.map(e -> new OfferedService(e.getKey(), e.getValue()))
			.collect(Collectors.toCollection(HashSet::new));
	}

	static Set<SpokenLanguage> languages(Map<String, LanguageLevel> languages) {
		return languages.entrySet()
			.stream()
			.map(e -> new SpokenLanguage(e.getKey(), e.getValue()))
			.collect(Collectors.toCollection(HashSet::new));
	}

	static Set<WorkCountry> countries(Set<String> remote, Set<String> inPerson) {
		Set<WorkCountry> where = new HashSet<>();
		remote.forEach(c -> where.add(new WorkCountry(c, CountryMode.REMOTE)));
		inPerson.forEach(c -> where.add(new WorkCountry(c, CountryMode.IN_PERSON)));
		return where;
	}

	static Set<ServedCommunity> communities(Set<Community> communities) {
		return communities.stream().map(ServedCommunity::new).collect(Collectors.toCollection(HashSet::new));
	}

	@Table("provider_service")
	public record OfferedService(String service, ServiceDepth depth) {
	}

	@Table("provider_language")
	public record SpokenLanguage(String language, LanguageLevel level) {
	}

	@Table("provider_country")
	public record WorkCountry(String country, CountryMode mode) {
	}

	@Table("provider_community")
	public record ServedCommunity(Community community) {
	}

	/** A dated pause: no new engagement from the first to the last day, both included. */
	@Table("provider_pause")
	public record Pause(LocalDate startsOn, LocalDate endsOn) {

		public Pause {
			if (endsOn.isBefore(startsOn)) {
				throw new IllegalArgumentException("a pause ends after it starts");
			}
		}

		public boolean covers(LocalDate day) {
			return !day.isBefore(startsOn) && !day.isAfter(endsOn);
		}

	}

}
