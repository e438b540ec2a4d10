package org.tandem.directory.domain;

import org.tandem.directory.ServiceDepth;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** The rows a provider aggregate holds besides its own: what it offers, in which languages, where, for whom, when not. */
public final class ProviderRows {

	private ProviderRows() {
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
