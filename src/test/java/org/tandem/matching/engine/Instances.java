package org.tandem.matching.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random but plausible pools and requests for the engine's tests and benchmark, from a seed: small vocabularies so
 * that every constraint both passes and fails often.
 */
final class Instances {

	static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-11-24");

	static final List<String> SERVICES = List.of("incident-response", "account-security", "device-security",
			"website-protection", "security-audit", "threat-modelling", "training", "secure-communication");

	static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar", "ru", "sw");

	static final List<String> COUNTRIES = List.of("CO", "MX", "BR", "KE", "UG", "FR", "LB", "EG", "UA", "PH");

	static final Map<String, String> REGION = Map.of("CO", "south-america", "MX", "central-america", "BR",
			"south-america", "KE", "eastern-africa", "UG", "eastern-africa", "FR", "western-europe", "LB",
			"western-asia", "EG", "northern-africa", "UA", "eastern-europe", "PH", "south-eastern-asia");

	static final List<String> COMMUNITIES = List.of("JOURNALISTS", "HUMAN_RIGHTS_DEFENDERS", "LGBTIQ", "LAWYERS");

	static final List<String> ZONES = List.of("UTC", "America/Bogota", "Europe/Paris", "Africa/Nairobi",
			"Asia/Manila", "America/Sao_Paulo");

	static final List<String> SECTORS = List.of("NGO", "MEDIA", "NETWORK");

	private Instances() {
	}

	static List<ProviderFacts> providers(Random random, int count) {
		List<ProviderFacts> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			all.add(provider(random, i));
		}
		return all;
	}

	static ProviderFacts provider(Random random, int i) {
		Standing standing = random.nextInt(10) < 8 ? Standing.ACTIVE
				: random.nextBoolean() ? Standing.PAUSED : Standing.NOT_ACTIVE;
		Instant until = random.nextInt(10) == 0 ? AT.minus(1, ChronoUnit.DAYS)
				: AT.plus(1 + random.nextInt(300), ChronoUnit.DAYS);
		List<ProviderFacts.DatedPause> pauses = new ArrayList<>();
		if (random.nextInt(5) == 0) {
			LocalDate start = TODAY.plusDays(random.nextInt(10) - 3);
			pauses.add(new ProviderFacts.DatedPause(start, start.plusDays(random.nextInt(20))));
		}
		int max = 1 + random.nextInt(4);
		Map<String, Depth> services = new HashMap<>();
		for (String s : some(random, SERVICES, 1 + random.nextInt(4))) {
			services.put(s, random.nextBoolean() ? Depth.SPECIALIST : Depth.CAN_DO);
		}
		Set<String> remote = some(random, COUNTRIES, random.nextInt(4));
		Set<String> inPerson = some(random, COUNTRIES, random.nextInt(2));
		Set<String> regions = new HashSet<>();
		remote.forEach(c -> regions.add(REGION.get(c)));
		inPerson.forEach(c -> regions.add(REGION.get(c)));
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		some(random, List.of(Channel.values()), 1 + random.nextInt(3)).forEach(channels::add);
		Set<Fee> fees = EnumSet.noneOf(Fee.class);
		some(random, List.of(Fee.values()), 1 + random.nextInt(2)).forEach(fees::add);
		List<String> conflicts = random.nextInt(8) == 0 ? List.of("Radio Libre " + random.nextInt(3)) : List.of();
		return new ProviderFacts(new UUID(0, i + 1L), "P-" + (10000 + random.nextInt(90000)) + "-" + i,
				"Provider " + i, standing, until, pauses, max, random.nextInt(max + 1), services,
				some(random, LANGUAGES, 1 + random.nextInt(3)), remote, inPerson, random.nextInt(6) == 0, regions,
				some(random, COMMUNITIES, random.nextInt(3)), some(random, COUNTRIES, 1 + random.nextInt(2)), channels,
				conflicts, some(random, SECTORS, random.nextInt(8) == 0 ? 1 : 0),
				ZONES.get(random.nextInt(ZONES.size())), List.of(24, 48, 168, 336).get(random.nextInt(4)), fees);
	}

	static Needs needs(Random random, int i, List<ProviderFacts> providers) {
		Map<String, Importance> services = new LinkedHashMap<>();
		for (String s : some(random, SERVICES, 1 + random.nextInt(3))) {
			services.put(s, random.nextInt(3) == 0 ? Importance.MUST : Importance.HELPFUL);
		}
		String country = random.nextInt(6) == 0 ? null : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
		Set<UUID> excluded = new HashSet<>();
		if (!providers.isEmpty() && random.nextInt(5) == 0) {
			excluded.add(providers.get(random.nextInt(providers.size())).id());
		}
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (random.nextInt(4) != 0) {
			some(random, List.of(Channel.values()), 1 + random.nextInt(2)).forEach(channels::add);
		}
		return new Needs(new UUID(1, i + 1L), services, some(random, LANGUAGES, 1 + random.nextInt(2)),
				random.nextInt(8) == 0, country, country == null ? null : REGION.get(country),
				random.nextBoolean() ? ZONES.get(random.nextInt(ZONES.size())) : null,
				some(random, COMMUNITIES, random.nextInt(2)), List.of(24, 72, 168, 336).get(random.nextInt(4)),
				Fee.values()[random.nextInt(3)], TODAY.plusDays(random.nextInt(30)), excluded,
				some(random, COUNTRIES, random.nextInt(8) == 0 ? 1 : 0), channels,
				random.nextInt(4) == 0 ? "Radio Libre " + random.nextInt(3) : null,
				random.nextBoolean() ? SECTORS.get(random.nextInt(SECTORS.size())) : null, random.nextInt(4) == 0);
	}

	static List<Needs> requests(Random random, int count, List<ProviderFacts> providers) {
		List<Needs> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			all.add(needs(random, i, providers));
		}
		return all;
	}

	static <T> Set<T> some(Random random, List<T> from, int count) {
		List<T> copy = new ArrayList<>(from);
		java.util.Collections.shuffle(copy, random);
		return new HashSet<>(copy.subList(0, Math.min(count, copy.size())));
	}

}
