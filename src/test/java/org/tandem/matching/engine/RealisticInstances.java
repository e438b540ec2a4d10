package org.tandem.matching.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.tandem.support.Weighted;
import org.jspecify.annotations.Nullable;

/**
 * Providers and requests as a real network would have them, from a seed, for the matching benchmarks
 * (docs/performance.md, "Matching"). Unlike {@link Instances}, whose small vocabularies make every constraint pass and
 * fail often, these use the real ones: the 14 service codes of {@code directory/services.csv}, the 30 working
 * languages, 135 countries with the UN M49 sub-region of {@code platform/regions.csv} (copied here, with an IANA time
 * zone and the country's most usual working language), the nine directory communities and the six organization kinds.
 * Languages and countries are skewed towards the common ones (Zipf: the first twice as often as the second, three
 * times as often as the third…), and a provider or request usually speaks its country's language. The same seed gives
 * the same instances.
 */
final class RealisticInstances {

	static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-11-24");

	/** The codes of {@code src/main/resources/directory/services.csv}. */
	static final List<String> SERVICES = List.of("SECURITY_AUDIT", "THREAT_MODELLING", "TRAINING", "ACCOUNT_SECURITY",
			"DEVICE_SECURITY", "SECURE_COMMUNICATION", "DATA_PROTECTION", "WEBSITE_PROTECTION", "INCIDENT_RESPONSE",
			"DIGITAL_FORENSICS", "POLICY_DEVELOPMENT", "PHYSICAL_SECURITY", "PSYCHOSOCIAL_SUPPORT", "LEGAL_SUPPORT");

	/** The same codes, most requested first: what requests draw from. */
	static final List<String> SERVICES_MOST_REQUESTED_FIRST = List.of("ACCOUNT_SECURITY", "INCIDENT_RESPONSE",
			"DEVICE_SECURITY", "TRAINING", "SECURE_COMMUNICATION", "SECURITY_AUDIT", "WEBSITE_PROTECTION",
			"DIGITAL_FORENSICS", "THREAT_MODELLING", "DATA_PROTECTION", "PHYSICAL_SECURITY", "PSYCHOSOCIAL_SUPPORT",
			"LEGAL_SUPPORT", "POLICY_DEVELOPMENT");

	/** The working languages (org.tandem.platform.WorkingLanguages), most common first. */
	static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar", "ru", "uk", "fa", "tr", "zh", "hi",
			"ur", "bn", "sw", "am", "my", "id", "vi", "th", "ko", "de", "it", "ka", "hy", "az", "ky", "kk", "uz", "ps",
			"ne");

	static final List<String> COMMUNITIES = List.of("JOURNALISTS", "HUMAN_RIGHTS_DEFENDERS", "LGBTIQ", "WOMENS_RIGHTS",
			"ENVIRONMENTAL_LAND_DEFENDERS", "INDIGENOUS_COMMUNITIES", "COMMUNITY_ORGANIZERS", "LAWYERS",
			"EXILED_AND_DIASPORA");

	/** Sub-regions a hub would mark as underserved: requests from there get the underserved component. */
	static final Set<String> UNDERSERVED = Set.of("MIDDLE_AFRICA", "WESTERN_AFRICA", "CENTRAL_ASIA", "MELANESIA",
			"CARIBBEAN");

	/**
	 * Country, UN M49 sub-region key (as in {@code platform/regions.csv}), time zone and usual working language; the
	 * countries where civil society most often asks for help first.
	 */
	private static final String COUNTRY_TABLE = """
			MX CENTRAL_AMERICA America/Mexico_City es
			BR SOUTH_AMERICA America/Sao_Paulo pt
			CO SOUTH_AMERICA America/Bogota es
			UA EASTERN_EUROPE Europe/Kyiv uk
			KE EASTERN_AFRICA Africa/Nairobi sw
			PH SOUTH_EASTERN_ASIA Asia/Manila en
			IN SOUTHERN_ASIA Asia/Kolkata hi
			TR WESTERN_ASIA Europe/Istanbul tr
			NG WESTERN_AFRICA Africa/Lagos en
			GT CENTRAL_AMERICA America/Guatemala es
			VE SOUTH_AMERICA America/Caracas es
			LB WESTERN_ASIA Asia/Beirut ar
			PK SOUTHERN_ASIA Asia/Karachi ur
			BD SOUTHERN_ASIA Asia/Dhaka bn
			ZW EASTERN_AFRICA Africa/Harare en
			MM SOUTH_EASTERN_ASIA Asia/Yangon my
			BY EASTERN_EUROPE Europe/Minsk ru
			RU EASTERN_EUROPE Europe/Moscow ru
			ET EASTERN_AFRICA Africa/Addis_Ababa am
			HN CENTRAL_AMERICA America/Tegucigalpa es
			AR SOUTH_AMERICA America/Argentina/Buenos_Aires es
			CL SOUTH_AMERICA America/Santiago es
			PE SOUTH_AMERICA America/Lima es
			EC SOUTH_AMERICA America/Guayaquil es
			BO SOUTH_AMERICA America/La_Paz es
			PY SOUTH_AMERICA America/Asuncion es
			UY SOUTH_AMERICA America/Montevideo es
			NI CENTRAL_AMERICA America/Managua es
			SV CENTRAL_AMERICA America/El_Salvador es
			CR CENTRAL_AMERICA America/Costa_Rica es
			PA CENTRAL_AMERICA America/Panama es
			CU CARIBBEAN America/Havana es
			HT CARIBBEAN America/Port-au-Prince fr
			DO CARIBBEAN America/Santo_Domingo es
			JM CARIBBEAN America/Jamaica en
			US NORTHERN_AMERICA America/New_York en
			CA NORTHERN_AMERICA America/Toronto en
			GB NORTHERN_EUROPE Europe/London en
			FR WESTERN_EUROPE Europe/Paris fr
			DE WESTERN_EUROPE Europe/Berlin de
			ES SOUTHERN_EUROPE Europe/Madrid es
			PT SOUTHERN_EUROPE Europe/Lisbon pt
			IT SOUTHERN_EUROPE Europe/Rome it
			NL WESTERN_EUROPE Europe/Amsterdam en
			BE WESTERN_EUROPE Europe/Brussels fr
			CH WESTERN_EUROPE Europe/Zurich de
			AT WESTERN_EUROPE Europe/Vienna de
			SE NORTHERN_EUROPE Europe/Stockholm en
			NO NORTHERN_EUROPE Europe/Oslo en
			DK NORTHERN_EUROPE Europe/Copenhagen en
			FI NORTHERN_EUROPE Europe/Helsinki en
			IE NORTHERN_EUROPE Europe/Dublin en
			PL EASTERN_EUROPE Europe/Warsaw en
			CZ EASTERN_EUROPE Europe/Prague en
			HU EASTERN_EUROPE Europe/Budapest en
			RO EASTERN_EUROPE Europe/Bucharest en
			BG EASTERN_EUROPE Europe/Sofia en
			RS SOUTHERN_EUROPE Europe/Belgrade en
			BA SOUTHERN_EUROPE Europe/Sarajevo en
			MD EASTERN_EUROPE Europe/Chisinau ru
			GR SOUTHERN_EUROPE Europe/Athens en
			LT NORTHERN_EUROPE Europe/Vilnius en
			LV NORTHERN_EUROPE Europe/Riga ru
			EE NORTHERN_EUROPE Europe/Tallinn en
			GE WESTERN_ASIA Asia/Tbilisi ka
			AM WESTERN_ASIA Asia/Yerevan hy
			AZ WESTERN_ASIA Asia/Baku az
			IL WESTERN_ASIA Asia/Jerusalem en
			PS WESTERN_ASIA Asia/Gaza ar
			JO WESTERN_ASIA Asia/Amman ar
			SY WESTERN_ASIA Asia/Damascus ar
			IQ WESTERN_ASIA Asia/Baghdad ar
			YE WESTERN_ASIA Asia/Aden ar
			SA WESTERN_ASIA Asia/Riyadh ar
			AE WESTERN_ASIA Asia/Dubai ar
			AF SOUTHERN_ASIA Asia/Kabul ps
			IR SOUTHERN_ASIA Asia/Tehran fa
			NP SOUTHERN_ASIA Asia/Kathmandu ne
			LK SOUTHERN_ASIA Asia/Colombo en
			KZ CENTRAL_ASIA Asia/Almaty kk
			KG CENTRAL_ASIA Asia/Bishkek ky
			UZ CENTRAL_ASIA Asia/Tashkent uz
			TJ CENTRAL_ASIA Asia/Dushanbe ru
			TM CENTRAL_ASIA Asia/Ashgabat ru
			CN EASTERN_ASIA Asia/Shanghai zh
			HK EASTERN_ASIA Asia/Hong_Kong zh
			TW EASTERN_ASIA Asia/Taipei zh
			JP EASTERN_ASIA Asia/Tokyo en
			KR EASTERN_ASIA Asia/Seoul ko
			MN EASTERN_ASIA Asia/Ulaanbaatar ru
			ID SOUTH_EASTERN_ASIA Asia/Jakarta id
			MY SOUTH_EASTERN_ASIA Asia/Kuala_Lumpur en
			TH SOUTH_EASTERN_ASIA Asia/Bangkok th
			VN SOUTH_EASTERN_ASIA Asia/Ho_Chi_Minh vi
			KH SOUTH_EASTERN_ASIA Asia/Phnom_Penh en
			LA SOUTH_EASTERN_ASIA Asia/Vientiane en
			SG SOUTH_EASTERN_ASIA Asia/Singapore en
			TL SOUTH_EASTERN_ASIA Asia/Dili pt
			EG NORTHERN_AFRICA Africa/Cairo ar
			MA NORTHERN_AFRICA Africa/Casablanca ar
			TN NORTHERN_AFRICA Africa/Tunis ar
			DZ NORTHERN_AFRICA Africa/Algiers ar
			LY NORTHERN_AFRICA Africa/Tripoli ar
			SD NORTHERN_AFRICA Africa/Khartoum ar
			SS EASTERN_AFRICA Africa/Juba en
			UG EASTERN_AFRICA Africa/Kampala en
			TZ EASTERN_AFRICA Africa/Dar_es_Salaam sw
			RW EASTERN_AFRICA Africa/Kigali fr
			BI EASTERN_AFRICA Africa/Bujumbura fr
			SO EASTERN_AFRICA Africa/Mogadishu ar
			MZ EASTERN_AFRICA Africa/Maputo pt
			MW EASTERN_AFRICA Africa/Blantyre en
			ZM EASTERN_AFRICA Africa/Lusaka en
			ZA SOUTHERN_AFRICA Africa/Johannesburg en
			NA SOUTHERN_AFRICA Africa/Windhoek en
			BW SOUTHERN_AFRICA Africa/Gaborone en
			CD MIDDLE_AFRICA Africa/Kinshasa fr
			CM MIDDLE_AFRICA Africa/Douala fr
			TD MIDDLE_AFRICA Africa/Ndjamena fr
			CF MIDDLE_AFRICA Africa/Bangui fr
			GH WESTERN_AFRICA Africa/Accra en
			SN WESTERN_AFRICA Africa/Dakar fr
			ML WESTERN_AFRICA Africa/Bamako fr
			BF WESTERN_AFRICA Africa/Ouagadougou fr
			NE WESTERN_AFRICA Africa/Niamey fr
			CI WESTERN_AFRICA Africa/Abidjan fr
			GN WESTERN_AFRICA Africa/Conakry fr
			SL WESTERN_AFRICA Africa/Freetown en
			LR WESTERN_AFRICA Africa/Monrovia en
			TG WESTERN_AFRICA Africa/Lome fr
			BJ WESTERN_AFRICA Africa/Porto-Novo fr
			AU AUSTRALIA_AND_NEW_ZEALAND Australia/Sydney en
			NZ AUSTRALIA_AND_NEW_ZEALAND Pacific/Auckland en
			FJ MELANESIA Pacific/Fiji en
			PG MELANESIA Pacific/Port_Moresby en
			""";

	record Country(String code, String region, String zone, String language) {
	}

	static final List<Country> COUNTRIES = COUNTRY_TABLE.lines().map(String::strip).map(line -> {
		String[] f = line.split(" ");
		return new Country(f[0], f[1], f[2], f[3]);
	}).toList();

	private static final Weighted<Country> COUNTRY = Weighted.zipf(COUNTRIES);

	private static final Weighted<String> LANGUAGE = Weighted.zipf(LANGUAGES);

	private static final Weighted<String> SERVICE = Weighted.uniform(SERVICES);

	private static final Weighted<String> NEEDED_SERVICE = Weighted.zipf(SERVICES_MOST_REQUESTED_FIRST);

	private static final Weighted<String> COMMUNITY = Weighted.uniform(COMMUNITIES);

	private static final Weighted<String> SECTOR = Weighted.of(
			List.of("NGO", "MEDIA", "HUMAN_RIGHTS_DEFENDER", "COMMUNITY_GROUP", "NETWORK", "OTHER"), 35, 25, 15, 15, 5, 5);

	private static final Weighted<Standing> STANDING = Weighted.of(
			List.of(Standing.ACTIVE, Standing.PAUSED, Standing.NOT_ACTIVE), 85, 10, 5);

	private static final Weighted<Integer> PROVIDER_RESPONSE_HOURS = Weighted.of(List.of(24, 48, 168, 336), 30, 40, 25,
			5);

	/** Urgency: emergency, urgent, soon, not urgent. */
	private static final Weighted<Integer> REQUEST_RESPONSE_HOURS = Weighted.of(List.of(24, 48, 168, 336), 10, 25, 40,
			25);

	/** Timeframe: this week, this month, the next months, flexible. */
	private static final Weighted<Integer> START_WITHIN_DAYS = Weighted.of(List.of(7, 30, 90, 180), 25, 35, 25, 15);

	private static final Weighted<Fee> BUDGET = Weighted.of(List.of(Fee.PRO_BONO, Fee.SLIDING_SCALE, Fee.PAID), 60, 25,
			15);

	/** 10 kinds × 20 places: names requests give, some of which providers declared a conflict with. */
	static final List<String> ORGANIZATIONS = organizations();

	private RealisticInstances() {
	}

	static List<ProviderFacts> providers(Random random, int count) {
		List<ProviderFacts> all = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			all.add(provider(random, i));
		}
		return all;
	}

	static List<Needs> requests(Random random, int count, List<ProviderFacts> providers) {
		List<Needs> all = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			all.add(needs(random, providers));
		}
		return all;
	}

	static ProviderFacts provider(Random random, int number) {
		Standing standing = STANDING.next(random);
		Instant vettedUntil = random.nextInt(25) == 0 ? AT.minus(1 + random.nextInt(60), ChronoUnit.DAYS)
				: AT.plus(1 + random.nextInt(730), ChronoUnit.DAYS);
		int max = 1 + random.nextInt(8);
		int open = random.nextInt(10) < 3 ? 0 : random.nextInt(max + 1);
		Map<String, Depth> services = new HashMap<>();
		for (String code : SERVICE.distinct(random, 1 + random.nextInt(6))) {
			services.put(code, random.nextInt(10) < 3 ? Depth.SPECIALIST : Depth.CAN_DO);
		}
		List<Country> countries = List.copyOf(COUNTRY.distinct(random, 1 + random.nextInt(8)));
		Country residence = countries.getFirst();
		Set<String> remote = new HashSet<>();
		Set<String> inPerson = new HashSet<>();
		Set<String> regions = new HashSet<>();
		for (Country c : countries) {
			boolean here = c == residence ? random.nextInt(10) < 6 : random.nextInt(10) < 3;
			(here ? inPerson : remote).add(c.code());
			regions.add(c.region());
		}
		Set<String> languages = new LinkedHashSet<>();
		int languageCount = 1 + random.nextInt(4);
		if (random.nextInt(10) < 8) {
			languages.add(residence.language());
		}
		while (languages.size() < languageCount) {
			languages.add(LANGUAGE.next(random));
		}
		Set<String> jurisdictions = new HashSet<>(Set.of(residence.code()));
		if (random.nextInt(10) == 0) {
			jurisdictions.add(COUNTRY.next(random).code());
		}
		Set<Channel> channels = EnumSet.of(Channel.EMAIL);
		if (random.nextInt(10) < 7) {
			channels.add(Channel.ENCRYPTED_EMAIL);
		}
		if (random.nextInt(4) != 0) {
			channels.add(Channel.SIGNAL);
		}
		if (random.nextInt(10) < 3) {
			channels.add(Channel.PHONE);
		}
		Set<Fee> fees = EnumSet.noneOf(Fee.class);
		if (random.nextInt(10) < 6) {
			fees.add(Fee.PRO_BONO);
		}
		if (random.nextInt(10) < 4) {
			fees.add(Fee.SLIDING_SCALE);
		}
		if (fees.isEmpty() || random.nextInt(10) < 4) {
			fees.add(Fee.PAID);
		}
		List<ProviderFacts.DatedPause> pauses = new ArrayList<>();
		int pause = random.nextInt(10);
		if (pause == 0) {
			pauses.add(new ProviderFacts.DatedPause(TODAY.minusDays(random.nextInt(10)),
					TODAY.plusDays(random.nextInt(20))));
		}
		else if (pause == 1) {
			LocalDate start = TODAY.plusDays(5 + random.nextInt(60));
			pauses.add(new ProviderFacts.DatedPause(start, start.plusDays(random.nextInt(30))));
		}
		List<String> conflicts = random.nextInt(20) == 0 ? List.of(pick(random, ORGANIZATIONS)) : List.of();
		Set<String> sectors = random.nextInt(33) == 0 ? Set.of(SECTOR.next(random)) : Set.of();
		String reference = String.format(Locale.ROOT, "P-%06d", number);
		return new ProviderFacts(new UUID(random.nextLong(), random.nextLong()), reference, "Provider " + number,
				standing, vettedUntil, pauses, max, open, services, languages, remote, inPerson,
				random.nextInt(10) == 0, regions, Set.copyOf(COMMUNITY.distinct(random, random.nextInt(4))),
				jurisdictions, channels, conflicts, sectors, residence.zone(), PROVIDER_RESPONSE_HOURS.next(random),
				fees);
	}

	static Needs needs(Random random, List<ProviderFacts> providers) {
		Map<String, Importance> services = new LinkedHashMap<>();
		int draw = random.nextInt(20);
		int serviceCount = draw < 10 ? 1 : draw < 17 ? 2 : 3;
		for (String code : NEEDED_SERVICE.distinct(random, serviceCount)) {
			boolean must = services.isEmpty() ? random.nextInt(10) < 8 : random.nextInt(10) == 0;
			services.put(code, must ? Importance.MUST : Importance.HELPFUL);
		}
		@Nullable Country country = random.nextInt(10) == 0 ? null : COUNTRY.next(random);
		Set<String> languages = new LinkedHashSet<>();
		int languageCount = random.nextInt(10) < 6 ? 1 : 2;
		if (country != null && random.nextInt(4) != 0) {
			languages.add(country.language());
		}
		while (languages.size() < languageCount) {
			languages.add(LANGUAGE.next(random));
		}
		String zone = country != null && random.nextBoolean() ? country.zone() : null;
		draw = random.nextInt(20);
		Set<String> communities = COMMUNITY.distinct(random, draw < 8 ? 0 : draw < 17 ? 1 : 2);
		Set<UUID> excludedProviders = new HashSet<>();
		if (!providers.isEmpty() && random.nextInt(20) == 0) {
			excludedProviders.add(pick(random, providers).id());
		}
		Set<String> excludedJurisdictions = new HashSet<>();
		if (random.nextInt(10) == 0) {
			COUNTRY.distinct(random, 1 + random.nextInt(2)).forEach(c -> excludedJurisdictions.add(c.code()));
		}
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (random.nextInt(10) < 8) {
			if (random.nextInt(10) < 9) {
				channels.add(Channel.EMAIL);
			}
			if (random.nextInt(10) < 6) {
				channels.add(Channel.SIGNAL);
			}
			if (random.nextInt(10) < 2) {
				channels.add(Channel.ENCRYPTED_EMAIL);
			}
			if (random.nextInt(10) < 3) {
				channels.add(Channel.PHONE);
			}
		}
		String organization = random.nextInt(10) < 8 ? pick(random, ORGANIZATIONS) : null;
		String sector = random.nextInt(20) < 17 ? SECTOR.next(random) : null;
		LocalDate startBy = TODAY.plusDays(START_WITHIN_DAYS.next(random));
		return new Needs(new UUID(random.nextLong(), random.nextLong()), services, languages, random.nextInt(10) == 0,
				country == null ? null : country.code(), country == null ? null : country.region(), zone, communities,
				REQUEST_RESPONSE_HOURS.next(random), BUDGET.next(random), startBy, excludedProviders,
				excludedJurisdictions, channels, organization, sector,
				country != null && UNDERSERVED.contains(country.region()));
	}

	private static List<String> organizations() {
		List<String> kinds = List.of("Radio Comunitaria", "Red de Periodistas", "Defensoras", "Collectif Numérique",
				"Human Rights Centre", "Legal Aid Clinic", "Observatório", "Press Freedom Network", "Land Defenders",
				"Pride Association");
		List<String> places = List.of("del Norte", "del Sur", "Andina", "Sahel", "Nairobi", "Kampala", "Manila",
				"Mindanao", "Kharkiv", "Odesa", "Beirut", "Tripoli", "Lahore", "Dhaka", "Harare", "Yangon", "Minsk",
				"Caracas", "Tegucigalpa", "Guatemala");
		List<String> names = new ArrayList<>();
		for (String kind : kinds) {
			for (String place : places) {
				names.add(kind + " " + place);
			}
		}
		return List.copyOf(names);
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
