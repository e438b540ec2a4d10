package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The world regions: every country the JDK knows is in exactly one, and each region has a name in every language. */
class RegionsTests {

	final Regions regions = new Regions();

	@Test
	void everyCountryIsInExactlyOneRegion() {
		Set<String> seen = new HashSet<>();
		for (Regions.Region region : regions.all()) {
			for (String country : region.countries()) {
				assertThat(seen.add(country)).as(country).isTrue();
			}
		}
		assertThat(seen).containsExactlyInAnyOrder(Locale.getISOCountries());
		assertThat(regions.all()).hasSize(22);
		assertThat(regions.of("BR")).map(Regions.Region::key).contains("SOUTH_AMERICA");
		assertThat(regions.of("KE")).map(Regions.Region::key).contains("EASTERN_AFRICA");
		assertThat(regions.of("MX")).map(Regions.Region::key).contains("CENTRAL_AMERICA");
		assertThat(regions.of("LB")).map(Regions.Region::key).contains("WESTERN_ASIA");
		assertThat(regions.get("ATLANTIS")).isEmpty();
	}

	@Test
	void everyRegionHasANameInEveryLanguage() throws Exception {
		for (String code : List.of("en", "es", "fr", "pt", "ar")) {
			var bundle = I18nTests.bundle(code);
			for (Regions.Region region : regions.all()) {
				assertThat(bundle.getProperty(region.messageKey())).as(code + " " + region.key()).isNotBlank();
			}
		}
	}

}
