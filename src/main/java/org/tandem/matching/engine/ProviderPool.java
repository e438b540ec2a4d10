package org.tandem.matching.engine;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.engine.Reason.Term;
import org.tandem.matching.engine.Reason.Term.Kind;

/**
 * Providers compiled for matching: their sets turned into bit masks over the pool's own vocabularies, so that checking
 * the hard constraints and scoring one provider for one request allocates nothing. Built once for a moment (the
 * vetting expiry, pauses and time-zone offsets are read at {@code at} and {@code today}) and then ranked against any
 * number of requests; immutable and safe to share between threads.
 */
public final class ProviderPool {

	private static final double CAN_DO_VALUE = 0.6;

	/** The enums' values, copied once: {@code values()} copies its array at every call, in the hot loops too. */
	private static final Constraint[] CONSTRAINTS = Constraint.values();

	private static final Component[] COMPONENTS = Component.values();

	private static final int WORKING_DAY_MINUTES = 8 * 60;

	private final List<ProviderFacts> providers;

	private final Map<UUID, Integer> indexById = new HashMap<>();

	private final Vocabulary languages;

	private final Vocabulary countries;

	private final Vocabulary regions;

	private final Vocabulary communities;

	private final Vocabulary services;

	private final Vocabulary sectors;

	private final Compiled[] compiled;

	private final Instant at;

	private final LocalDate today;

	private ProviderPool(Collection<ProviderFacts> all, Instant at, LocalDate today) {
		this.at = at;
		this.today = today;
		this.providers = all.stream()
			.sorted(Comparator.comparing(ProviderFacts::reference).thenComparing(ProviderFacts::id))
			.toList();
		this.languages = vocabulary(ProviderFacts::fluentLanguages);
		Set<String> allCountries = new HashSet<>();
		providers.forEach(p -> {
			allCountries.addAll(p.remoteCountries());
			allCountries.addAll(p.inPersonCountries());
			allCountries.addAll(p.jurisdictions());
		});
		this.countries = new Vocabulary(allCountries);
		this.regions = vocabulary(ProviderFacts::regions);
		this.communities = vocabulary(ProviderFacts::communities);
		this.services = vocabulary(p -> p.services().keySet());
		this.sectors = vocabulary(ProviderFacts::conflictSectors);
		this.compiled = new Compiled[providers.size()];
		for (int i = 0; i < compiled.length; i++) {
			ProviderFacts p = providers.get(i);
			if (indexById.putIfAbsent(p.id(), i) != null) {
				throw new IllegalArgumentException("provider listed twice: " + p.id());
			}
			compiled[i] = new Compiled(p);
		}
	}

	/**
	 * Compiles providers for matching at a moment: {@code at} decides expired vetting and time-zone offsets,
	 * {@code today} the first day a dated pause must leave free.
	 */
	public static ProviderPool of(Collection<ProviderFacts> providers, Instant at, LocalDate today) {
		return new ProviderPool(providers, at, today);
	}

	private Vocabulary vocabulary(Function<ProviderFacts, Collection<String>> values) {
		Set<String> all = new HashSet<>();
		providers.forEach(p -> all.addAll(values.apply(p)));
		return new Vocabulary(all);
	}

	/** The providers, in the pool's order (by reference): indexes in scores and batches refer to it. */
	public List<ProviderFacts> providers() {
		return providers;
	}

	public int size() {
		return providers.size();
	}

	public int indexOf(UUID provider) {
		Integer i = indexById.get(provider);
		return i == null ? -1 : i;
	}

	/** The best {@code limit} providers meeting every hard constraint, best first, explained. */
	public Ranking rank(Needs needs, Weights weights, int limit) {
		CompiledNeeds n = new CompiledNeeds(needs, weights);
		int[] topIndex = new int[Math.max(0, limit)];
		int[] topScore = new int[topIndex.length];
		int count = 0;
		int feasible = 0;
		int[] excludedBy = new int[CONSTRAINTS.length];
		for (int i = 0; i < compiled.length; i++) {
			int failures = failures(compiled[i], n, i);
			if (failures != 0) {
				for (Constraint c : CONSTRAINTS) {
					if ((failures & c.bit()) != 0) {
						excludedBy[c.ordinal()]++;
					}
				}
				continue;
			}
			feasible++;
			if (topIndex.length == 0) {
				continue;
			}
			int score = score(compiled[i], n);
			if (count == topIndex.length && score <= topScore[count - 1]) {
				continue;
			}
			int pos = count < topIndex.length ? count : count - 1;
			while (pos > 0 && topScore[pos - 1] < score) {
				topIndex[pos] = topIndex[pos - 1];
				topScore[pos] = topScore[pos - 1];
				pos--;
			}
			topIndex[pos] = i;
			topScore[pos] = score;
			if (count < topIndex.length) {
				count++;
			}
		}
		List<Recommendation> recommendations = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			recommendations.add(explain(topIndex[k], n, topScore[k]));
		}
		Map<Constraint, Integer> by = new EnumMap<>(Constraint.class);
		for (Constraint c : CONSTRAINTS) {
			if (excludedBy[c.ordinal()] > 0) {
				by.put(c, excludedBy[c.ordinal()]);
			}
		}
		return new Ranking(recommendations, feasible, compiled.length - feasible, by);
	}

	/**
	 * Every provider's score for the request, in pool order, or -1 where a hard constraint excludes them. What batch
	 * assignment works from.
	 */
	public int[] scores(Needs needs, Weights weights) {
		CompiledNeeds n = new CompiledNeeds(needs, weights);
		int[] scores = new int[compiled.length];
		for (int i = 0; i < compiled.length; i++) {
			scores[i] = failures(compiled[i], n, i) == 0 ? score(compiled[i], n) : -1;
		}
		return scores;
	}

	/** One provider's place for the request: a recommendation, or the constraints that exclude them. */
	public Result evaluate(Needs needs, Weights weights, UUID provider) {
		int i = indexOf(provider);
		if (i < 0) {
			throw new IllegalArgumentException("not in the pool: " + provider);
		}
		CompiledNeeds n = new CompiledNeeds(needs, weights);
		int failures = failures(compiled[i], n, i);
		return failures == 0 ? new Result(explain(i, n, score(compiled[i], n)), null)
				: new Result(null, exclusion(i, n, failures));
	}

	/** A provider's evaluation: exactly one of the two is set. */
	public record Result(@Nullable Recommendation recommendation, @Nullable Exclusion exclusion) {
	}

	/** Every excluded provider with the constraints that exclude them, in pool order. */
	public List<Exclusion> exclusions(Needs needs, Weights weights) {
		CompiledNeeds n = new CompiledNeeds(needs, weights);
		List<Exclusion> excluded = new ArrayList<>();
		for (int i = 0; i < compiled.length; i++) {
			int failures = failures(compiled[i], n, i);
			if (failures != 0) {
				excluded.add(exclusion(i, n, failures));
			}
		}
		return excluded;
	}

	private int failures(Compiled p, CompiledNeeds n, int index) {
		int failed = 0;
		if (!p.standingOk) {
			failed |= Constraint.STANDING.bit();
		}
		if (p.pausedStanding || pausedUntil(p, n.startBy)) {
			failed |= Constraint.PAUSED.bit();
		}
		if (p.open >= p.max) {
			failed |= Constraint.CAPACITY.bit();
		}
		if (!n.interpretation && n.languageCount > 0 && !Vocabulary.intersects(p.languages, n.languages)) {
			failed |= Constraint.LANGUAGE.bit();
		}
		for (int k = 0; k < n.services.length; k++) {
			if (n.must[k] && (n.services[k] < 0 || p.depth[n.services[k]] == 0)) {
				failed |= Constraint.SERVICES.bit();
				break;
			}
		}
		if (Vocabulary.has(p.sectors, n.sector) || conflicts(p, n.organization)) {
			failed |= Constraint.CONFLICT.bit();
		}
		if (n.excluded[index]) {
			failed |= Constraint.EXCLUDED.bit();
		}
		if (Vocabulary.intersects(p.jurisdictions, n.excludedJurisdictions)) {
			failed |= Constraint.JURISDICTION.bit();
		}
		if (n.channels != 0 && (p.channels & n.channels) == 0) {
			failed |= Constraint.CHANNEL.bit();
		}
		return failed;
	}

	/** Whether dated pauses cover every day from today to the last day the work can start. */
	private boolean pausedUntil(Compiled p, long startBy) {
		long day = today.toEpochDay();
		for (int k = 0; k < p.pauseStarts.length && day <= startBy; k++) {
			if (p.pauseStarts[k] > day) {
				return false;
			}
			day = Math.max(day, p.pauseEnds[k] + 1);
		}
		return day > startBy;
	}

	private static boolean conflicts(Compiled p, @Nullable String organization) {
		if (organization == null) {
			return false;
		}
		for (String declared : p.conflicts) {
			// both are padded with spaces, so containment is by whole words; very short names only match exactly
			if (declared.equals(organization) || declared.length() >= 6 && organization.contains(declared)
					|| organization.length() >= 6 && declared.contains(organization)) {
				return true;
			}
		}
		return false;
	}

	private int score(Compiled p, CompiledNeeds n) {
		long weighted = 0;
		long total = 0;
		for (Component c : COMPONENTS) {
			int w = n.weights[c.ordinal()];
			if (w == 0) {
				continue;
			}
			int value = value(c, p, n);
			if (value < 0) {
				continue;
			}
			weighted += (long) w * value;
			total += w;
		}
		return total == 0 ? 0 : (int) ((weighted + total / 2) / total);
	}

	/** A component's value for a provider, 0 to 1000, or -1 when it does not apply to the request. */
	private int value(Component c, Compiled p, CompiledNeeds n) {
		return switch (c) {
			case COVERAGE -> {
				if (n.services.length == 0) {
					yield -1;
				}
				double sum = 0;
				for (int k = 0; k < n.services.length; k++) {
					int depth = n.services[k] < 0 ? 0 : p.depth[n.services[k]];
					sum += n.serviceWeights[k] * (depth == 2 ? 1 : depth == 1 ? CAN_DO_VALUE : 0);
				}
				yield (int) Math.round(1000 * sum / n.serviceWeightTotal);
			}
			case REGION -> {
				if (!n.hasCountry) {
					yield -1;
				}
				if (Vocabulary.has(p.inPerson, n.country)) {
					yield 1000;
				}
				if (Vocabulary.has(p.remote, n.country)) {
					yield 800;
				}
				if (Vocabulary.has(p.regions, n.region)) {
					yield 500;
				}
				yield p.anywhere ? 300 : 0;
			}
			case COMMUNITY -> n.communityCount == 0 ? -1
					: 1000 * Vocabulary.common(p.communities, n.communities) / n.communityCount;
			case TIME_ZONE -> {
				if (!n.hasZone) {
					yield -1;
				}
				int apart = hoursApartMinutes(p.offsetMinutes, n.offsetMinutes);
				yield Math.max(0, 1000 - 1000 * apart / WORKING_DAY_MINUTES);
			}
			case RESPONSE -> p.responseHours <= n.responseHours ? 1000 : 1000 * n.responseHours / p.responseHours;
			case FEE -> {
				int above = p.cheapestFee - n.budget;
				yield above <= 0 ? 1000 : above == 1 ? 500 : 0;
			}
			case LOAD -> p.max <= 0 ? 0 : 1000 * (p.max - p.open) / p.max;
			case UNDERSERVED -> n.underserved ? 1000 : 0;
		};
	}

	private static int hoursApartMinutes(int a, int b) {
		int d = Math.abs(a - b) % (24 * 60);
		return Math.min(d, 24 * 60 - d);
	}

	private Recommendation explain(int index, CompiledNeeds n, int score) {
		Compiled p = compiled[index];
		ProviderFacts facts = providers.get(index);
		Needs needs = n.needs;
		long total = 0;
		for (Component c : COMPONENTS) {
			if (n.weights[c.ordinal()] > 0 && value(c, p, n) >= 0) {
				total += n.weights[c.ordinal()];
			}
		}
		List<Recommendation.Part> parts = new ArrayList<>();
		for (Component c : COMPONENTS) {
			int value = value(c, p, n);
			int w = n.weights[c.ordinal()];
			if (value >= 0) {
				parts.add(new Recommendation.Part(c, w, value, total == 0 ? 0 : (int) Math.round((double) w * value / total)));
			}
		}
		List<Reason> reasons = new ArrayList<>();
		Set<String> shared = new TreeSet<>(needs.languages());
		shared.retainAll(facts.fluentLanguages());
		if (!shared.isEmpty()) {
			reasons.add(Reason.of("matching.why.languages", Term.of(Kind.LANGUAGE, shared)));
		}
		else if (!needs.languages().isEmpty()) {
			reasons.add(Reason.of("matching.why.interpretation", Term.of(Kind.LANGUAGE, facts.fluentLanguages())));
		}
		List<String> specialist = new ArrayList<>();
		List<String> canDo = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		needs.services().keySet().forEach(code -> {
			Depth depth = facts.services().get(code);
			(depth == Depth.SPECIALIST ? specialist : depth == Depth.CAN_DO ? canDo : missing).add(code);
		});
		if (!specialist.isEmpty()) {
			reasons.add(Reason.of("matching.why.specialist", new Term(Kind.SERVICE, specialist)));
		}
		if (!canDo.isEmpty()) {
			reasons.add(Reason.of("matching.why.canDo", new Term(Kind.SERVICE, canDo)));
		}
		if (!missing.isEmpty()) {
			reasons.add(Reason.of("matching.why.missing", new Term(Kind.SERVICE, missing)));
		}
		String country = needs.country();
		if (country != null) {
			Term here = new Term(Kind.COUNTRY, List.of(country));
			if (facts.inPersonCountries().contains(country)) {
				reasons.add(Reason.of("matching.why.region.inPerson", here));
			}
			else if (facts.remoteCountries().contains(country)) {
				reasons.add(Reason.of("matching.why.region.remote", here));
			}
			else if (needs.region() != null && facts.regions().contains(needs.region())) {
				reasons.add(Reason.of("matching.why.region.region", new Term(Kind.REGION, List.of(needs.region()))));
			}
			else if (facts.remoteAnywhere()) {
				reasons.add(Reason.of("matching.why.region.anywhere"));
			}
			else {
				reasons.add(Reason.of("matching.why.region.none", here));
			}
		}
		if (!needs.communities().isEmpty()) {
			Set<String> served = new TreeSet<>(needs.communities());
			served.retainAll(facts.communities());
			Set<String> notServed = new TreeSet<>(needs.communities());
			notServed.removeAll(facts.communities());
			if (!served.isEmpty()) {
				reasons.add(Reason.of("matching.why.community", Term.of(Kind.COMMUNITY, served)));
			}
			if (!notServed.isEmpty()) {
				reasons.add(Reason.of("matching.why.community.none", Term.of(Kind.COMMUNITY, notServed)));
			}
		}
		if (n.hasZone) {
			int apart = hoursApartMinutes(p.offsetMinutes, n.offsetMinutes);
			Term zone = Term.of(Kind.TIME_ZONE, List.of(facts.timeZone()));
			reasons.add(apart == 0 ? Reason.of("matching.why.timeZone.same", zone)
					: Reason.of("matching.why.timeZone", (apart + 30) / 60, zone));
		}
		reasons.add(Reason.of(p.responseHours <= needs.responseHours() ? "matching.why.response.inTime"
				: "matching.why.response.late", facts.responseHours(), needs.responseHours()));
		reasons.add(Reason.of("matching.why.fee", Term.of(Kind.FEE, facts.fees().stream().map(Enum::name).toList())));
		reasons.add(Reason.of("matching.why.load", facts.freeSlots(), facts.maxEngagements()));
		Set<Channel> common = EnumSet.noneOf(Channel.class);
		common.addAll(facts.channels());
		if (!needs.channels().isEmpty()) {
			common.retainAll(needs.channels());
		}
		if (!common.isEmpty()) {
			reasons.add(Reason.of("matching.why.channel",
					new Term(Kind.CHANNEL, common.stream().map(Enum::name).toList())));
		}
		if (needs.underserved()) {
			reasons.add(Reason.of("matching.why.underserved"));
		}
		return new Recommendation(facts, score, parts, reasons);
	}

	private Exclusion exclusion(int index, CompiledNeeds n, int failures) {
		ProviderFacts facts = providers.get(index);
		Needs needs = n.needs;
		Set<Constraint> failed = EnumSet.noneOf(Constraint.class);
		List<Reason> reasons = new ArrayList<>();
		for (Constraint c : CONSTRAINTS) {
			if ((failures & c.bit()) == 0) {
				continue;
			}
			failed.add(c);
			reasons.add(switch (c) {
				case STANDING -> facts.standing() == Standing.NOT_ACTIVE ? Reason.of("matching.excluded.standing")
						: Reason.of("matching.excluded.expired");
				case PAUSED -> facts.standing() == Standing.PAUSED ? Reason.of("matching.excluded.paused")
						: Reason.of("matching.excluded.pausedDates", needs.startBy().toString());
				case CAPACITY -> Reason.of("matching.excluded.capacity", facts.openEngagements(), facts.maxEngagements());
				case LANGUAGE -> Reason.of("matching.excluded.language", Term.of(Kind.LANGUAGE, facts.fluentLanguages()),
						Term.of(Kind.LANGUAGE, needs.languages()));
				case SERVICES -> Reason.of("matching.excluded.services", new Term(Kind.SERVICE,
						needs.mustServices().stream().filter(s -> !facts.services().containsKey(s)).toList()));
				case CONFLICT -> needs.sector() != null && facts.conflictSectors().contains(needs.sector())
						? Reason.of("matching.excluded.conflictSector", new Term(Kind.SECTOR, List.of(needs.sector())))
						: Reason.of("matching.excluded.conflictOrganization");
				case EXCLUDED -> Reason.of("matching.excluded.byOrganization");
				case JURISDICTION -> {
					Set<String> both = new TreeSet<>(facts.jurisdictions());
					both.retainAll(needs.excludedJurisdictions());
					yield Reason.of("matching.excluded.jurisdiction", Term.of(Kind.COUNTRY, both));
				}
				case CHANNEL -> Reason.of("matching.excluded.channel",
						new Term(Kind.CHANNEL, facts.channels().stream().map(Enum::name).toList()),
						new Term(Kind.CHANNEL, needs.channels().stream().map(Enum::name).toList()));
			});
		}
		return new Exclusion(facts, failed, reasons);
	}

	/** Lower case, accents and punctuation dropped, single spaces, padded with a space on each side. */
	static @Nullable String normalizeName(@Nullable String name) {
		if (name == null) {
			return null;
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return plain.isEmpty() ? null : " " + plain + " ";
	}

	private static int offsetMinutes(@Nullable String zone, Instant at) {
		if (zone == null) {
			return 0;
		}
		try {
			return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / 60;
		}
		catch (DateTimeException e) {
			return 0;
		}
	}

	private final class Compiled {

		final boolean standingOk;

		final boolean pausedStanding;

		final long[] pauseStarts;

		final long[] pauseEnds;

		final int max;

		final int open;

		final long[] languages;

		final byte[] depth;

		final long[] remote;

		final long[] inPerson;

		final boolean anywhere;

		final long[] regions;

		final long[] communities;

		final long[] jurisdictions;

		final int channels;

		final String[] conflicts;

		final long[] sectors;

		final int offsetMinutes;

		final int responseHours;

		final int cheapestFee;

		Compiled(ProviderFacts p) {
			Instant until = p.vettedUntil();
			this.standingOk = p.standing() != Standing.NOT_ACTIVE && until != null && until.isAfter(at);
			this.pausedStanding = p.standing() == Standing.PAUSED;
			List<ProviderFacts.DatedPause> pauses = p.pauses()
				.stream()
				.sorted(Comparator.comparing(ProviderFacts.DatedPause::startsOn))
				.toList();
			this.pauseStarts = pauses.stream().mapToLong(d -> d.startsOn().toEpochDay()).toArray();
			this.pauseEnds = pauses.stream().mapToLong(d -> d.endsOn().toEpochDay()).toArray();
			this.max = p.maxEngagements();
			this.open = p.openEngagements();
			this.languages = ProviderPool.this.languages.mask(p.fluentLanguages());
			this.depth = new byte[services.size()];
			p.services().forEach((code, d) -> depth[services.indexOf(code)] = (byte) (d == Depth.SPECIALIST ? 2 : 1));
			this.remote = countries.mask(p.remoteCountries());
			this.inPerson = countries.mask(p.inPersonCountries());
			this.anywhere = p.remoteAnywhere();
			this.regions = ProviderPool.this.regions.mask(p.regions());
			this.communities = ProviderPool.this.communities.mask(p.communities());
			this.jurisdictions = countries.mask(p.jurisdictions());
			this.channels = Channel.mask(p.channels());
			this.conflicts = p.conflictOrganizations()
				.stream()
				.map(ProviderPool::normalizeName)
				.filter(java.util.Objects::nonNull)
				.toArray(String[]::new);
			this.sectors = ProviderPool.this.sectors.mask(p.conflictSectors());
			this.offsetMinutes = ProviderPool.offsetMinutes(p.timeZone(), at);
			this.responseHours = Math.max(1, p.responseHours());
			this.cheapestFee = p.fees().stream().mapToInt(Enum::ordinal).min().orElse(Fee.PAID.ordinal());
		}

	}

	private final class CompiledNeeds {

		final Needs needs;

		final int[] weights = new int[COMPONENTS.length];

		final long[] languages;

		final int languageCount;

		final boolean interpretation;

		final int[] services;

		final int[] serviceWeights;

		final boolean[] must;

		final int serviceWeightTotal;

		final boolean hasCountry;

		final int country;

		final int region;

		final long[] communities;

		final int communityCount;

		final boolean hasZone;

		final int offsetMinutes;

		final int responseHours;

		final int budget;

		final long startBy;

		final boolean[] excluded;

		final long[] excludedJurisdictions;

		final int channels;

		final @Nullable String organization;

		final int sector;

		final boolean underserved;

		CompiledNeeds(Needs needs, Weights w) {
			this.needs = needs;
			for (Component c : COMPONENTS) {
				weights[c.ordinal()] = w.of(c);
			}
			this.languages = ProviderPool.this.languages.mask(needs.languages());
			this.languageCount = needs.languages().size();
			this.interpretation = needs.interpretation();
			int size = needs.services().size();
			this.services = new int[size];
			this.serviceWeights = new int[size];
			this.must = new boolean[size];
			int k = 0;
			int total = 0;
			for (Map.Entry<String, Importance> e : needs.services().entrySet()) {
				services[k] = ProviderPool.this.services.indexOf(e.getKey());
				serviceWeights[k] = e.getValue().weight();
				must[k] = e.getValue() == Importance.MUST;
				total += serviceWeights[k];
				k++;
			}
			this.serviceWeightTotal = total;
			this.hasCountry = needs.country() != null;
			this.country = needs.country() == null ? -1 : countries.indexOf(needs.country());
			this.region = needs.region() == null ? -1 : ProviderPool.this.regions.indexOf(needs.region());
			this.communities = ProviderPool.this.communities.mask(needs.communities());
			this.communityCount = needs.communities().size();
			this.hasZone = needs.timeZone() != null;
			this.offsetMinutes = ProviderPool.offsetMinutes(needs.timeZone(), at);
			this.responseHours = needs.responseHours();
			this.budget = needs.budget().ordinal();
			this.startBy = needs.startBy().toEpochDay();
			this.excluded = new boolean[compiled.length];
			for (UUID id : needs.excludedProviders()) {
				int i = indexOf(id);
				if (i >= 0) {
					excluded[i] = true;
				}
			}
			this.excludedJurisdictions = countries.mask(needs.excludedJurisdictions());
			this.channels = Channel.mask(needs.channels());
			this.organization = normalizeName(needs.organizationName());
			this.sector = needs.sector() == null ? -1 : sectors.indexOf(needs.sector());
			this.underserved = needs.underserved();
		}

	}

}
