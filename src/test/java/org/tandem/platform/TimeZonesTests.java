package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TimeZonesTests {

	static final Locale AR = Locale.forLanguageTag("ar");

	@Test
	void onlyCurrentZonesAreOfferedAndOldAliasesStillValidate() {
		List<String> offered = TimeZones.options(Locale.ENGLISH, null).stream().map(TimeZones.Option::id).toList();
		assertThat(offered).contains("America/Argentina/Buenos_Aires", "Asia/Kolkata", "Europe/Kyiv", "UTC")
			.doesNotContain("America/Buenos_Aires", "Asia/Calcutta", "Europe/Kiev", "US/Eastern", "Etc/GMT+5")
			.doesNotHaveDuplicates()
			.hasSizeBetween(300, 460);
		assertThat(offered).allSatisfy(id -> assertThat(ZoneId.getAvailableZoneIds()).contains(id));
		// a value stored before keeps validating, and shows as its current zone
		assertThat(TimeZones.known("America/Buenos_Aires")).isTrue();
		assertThat(TimeZones.known("Europe/Kiev")).isTrue();
		assertThat(TimeZones.selectable("Europe/Kiev")).isEqualTo("Europe/Kyiv");
		assertThat(TimeZones.label("Asia/Calcutta", Locale.ENGLISH)).isEqualTo("(UTC+05:30) Kolkata — India Standard Time");
		assertThat(TimeZones.known("Mars/Olympus_Mons")).isFalse();
		assertThat(TimeZones.known("")).isFalse();
		assertThat(TimeZones.selectable("Mars/Olympus_Mons")).isEqualTo("Mars/Olympus_Mons");
	}

	@Test
	void labelsAreReadableInThePageLanguageAndSortedByOffset() {
		assertThat(TimeZones.label("Europe/Paris", Locale.ENGLISH)).isEqualTo("(UTC+01:00) Paris — Central European Time");
		assertThat(TimeZones.label("Europe/Paris", Locale.FRENCH)).isEqualTo("(UTC+01:00) Paris — heure d’Europe centrale");
		assertThat(TimeZones.label("America/New_York", Locale.forLanguageTag("es")))
			.isEqualTo("(UTC-05:00) Nueva York — hora oriental");
		// in Arabic the city and the zone's name are Arabic, and the offset is isolated left-to-right
		assertThat(TimeZones.label("Europe/Paris", AR)).isEqualTo("(\u2066UTC+01:00\u2069) باريس — توقيت وسط أوروبا");
		List<Integer> offsets = TimeZones.options(AR, null).stream().map(TimeZones.Option::standardOffsetMinutes).toList();
		assertThat(offsets).isSorted();
		assertThat(offsets.getFirst()).isLessThan(-600);
		assertThat(offsets.getLast()).isGreaterThan(720);
	}

	@Test
	void theCountryGivesTheZoneToPreselectAndItsZonesComeFirst() {
		assertThat(TimeZones.suggested("FR")).isEqualTo("Europe/Paris");
		assertThat(TimeZones.suggested("LB")).isEqualTo("Asia/Beirut");
		assertThat(TimeZones.suggested("US")).isEqualTo("America/New_York");
		assertThat(TimeZones.suggested("BR")).isEqualTo("America/Sao_Paulo");
		assertThat(TimeZones.suggested(null)).isNull();
		assertThat(TimeZones.suggested("ZZ")).isNull();
		assertThat(TimeZones.suggested("fr")).isNull();
		// every country with a zone of its own gets one offered
		for (String country : Locale.getISOCountries()) {
			String zone = TimeZones.suggested(country);
			assertThat(zone == null || TimeZones.IDS.contains(zone)).as(country).isTrue();
		}
		// among the zones of UTC+01:00, Sweden's own comes first for Sweden
		List<TimeZones.Option> forSweden = TimeZones.options(Locale.ENGLISH, "SE");
		assertThat(forSweden.stream().filter(o -> o.standardOffsetMinutes() == 60).findFirst().orElseThrow().id())
			.isEqualTo("Europe/Stockholm");
		assertThat(forSweden).hasSameSizeAs(TimeZones.options(Locale.ENGLISH, null));
	}

}
