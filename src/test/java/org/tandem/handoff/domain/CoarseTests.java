package org.tandem.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.directory.ServiceGroups;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.platform.Regions;

/** The coarse values the counters keep, against a plain statement of the rules in docs/handoff.md. */
class CoarseTests {

	final Coarse coarse = new Coarse(new Regions(), new ServiceTaxonomy());

	@Test
	void aQuarterStartsOnTheFirstDayOfJanuaryAprilJulyOrOctoberInUtc() {
		assertThat(Coarse.quarterStart(Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(Coarse.quarterStart(Instant.parse("2025-03-31T23:59:59Z"))).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(Coarse.quarterStart(Instant.parse("2025-05-15T12:00:00Z"))).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(Coarse.quarterStart(Instant.parse("2025-09-30T23:00:00Z"))).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(Coarse.quarterStart(Instant.parse("2025-12-31T23:59:59Z"))).isEqualTo(LocalDate.of(2025, 10, 1));
	}

	@Test
	void daysAndOffersFallInBuckets() {
		assertThat(List.of(0, 7, 8, 30, 31, 400).stream().map(Coarse::daysBucket))
			.containsExactly("0-7", "0-7", "8-30", "8-30", "31+", "31+");
		assertThat(List.of(0, 1, 2, 3, 9).stream().map(Coarse::offersBucket)).containsExactly("1", "1", "2", "3+", "3+");
	}

	@Test
	void aCountryCountsInItsM49RegionAndEverySubRegionHasOne() {
		assertThat(coarse.regionGroup("MX")).isEqualTo("AMERICAS");
		assertThat(coarse.regionGroup("LB")).isEqualTo("ASIA");
		assertThat(coarse.regionGroup("KE")).isEqualTo("AFRICA");
		assertThat(coarse.regionGroup("FR")).isEqualTo("EUROPE");
		assertThat(coarse.regionGroup("FJ")).isEqualTo("OCEANIA");
		assertThat(coarse.regionGroup(null)).isEqualTo("UNKNOWN");
		assertThat(coarse.regionGroup("ZZ")).isEqualTo("UNKNOWN");
		assertThat(new Regions().all()).allSatisfy(region -> assertThat(Regions.GROUPS).containsKey(region.group()));
		assertThat(Regions.GROUPS.values().stream().mapToInt(List::size).sum()).isEqualTo(new Regions().all().size());
	}

	@Test
	void servicesCountInTheGroupHoldingMostOfThemATieGoingToTheTaxonomysFirst() {
		assertThat(new ServiceTaxonomy().groups()).containsExactly("ASSESS", "PREVENT", "RESPOND", "SUPPORT");
		assertThat(coarse.serviceGroup(Set.of("ACCOUNT_SECURITY"))).isEqualTo("PREVENT");
		assertThat(coarse.serviceGroup(Set.of("INCIDENT_RESPONSE", "DIGITAL_FORENSICS", "TRAINING")))
			.isEqualTo("RESPOND");
		assertThat(coarse.serviceGroup(Set.of("INCIDENT_RESPONSE", "TRAINING"))).isEqualTo("PREVENT");
		assertThat(coarse.serviceGroup(Set.of("SECURITY_AUDIT", "LEGAL_SUPPORT"))).isEqualTo("ASSESS");
		assertThat(coarse.serviceGroup(Set.of())).isEqualTo(ServiceGroups.UNKNOWN);
		assertThat(coarse.serviceGroup(Set.of("NOT_A_SERVICE"))).isEqualTo(ServiceGroups.UNKNOWN);
	}

}
