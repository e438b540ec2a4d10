package org.tandem.matching.engine;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the engine over random pools and requests. The hard constraints are checked against a plain,
 * independent statement of them ({@link #failures}), not against the engine's bit masks.
 */
class MatchingProperties {

	private static final Weights WEIGHTS = Weights.defaults();

	@Property(tries = 200)
	void noRecommendationViolatesAHardConstraint(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size) {
		Random random = new Random(seed);
		List<ProviderFacts> providers = Instances.providers(random, size);
		ProviderPool pool = ProviderPool.of(providers, Instances.AT, Instances.TODAY);
		Needs needs = Instances.needs(random, 0, providers);
		Ranking ranking = pool.rank(needs, WEIGHTS, size);
		for (Recommendation r : ranking.recommendations()) {
			assertThat(failures(needs, r.provider())).as(r.provider().reference()).isEmpty();
		}
		Map<UUID, Set<Constraint>> excluded = new HashMap<>();
		pool.exclusions(needs, WEIGHTS).forEach(e -> excluded.put(e.provider().id(), e.failed()));
		for (ProviderFacts p : providers) {
			assertThat(excluded.getOrDefault(p.id(), Set.of())).as(p.reference()).isEqualTo(failures(needs, p));
		}
		assertThat(ranking.recommendations()).hasSize(size - excluded.size());
		assertThat(ranking.feasible() + ranking.excluded()).isEqualTo(size);
		// best first, ties in pool order
		for (int i = 1; i < ranking.recommendations().size(); i++) {
			Recommendation a = ranking.recommendations().get(i - 1);
			Recommendation b = ranking.recommendations().get(i);
			assertThat(a.score() > b.score() || a.score() == b.score()
					&& pool.indexOf(a.provider().id()) < pool.indexOf(b.provider().id())).isTrue();
		}
	}

	@Property(tries = 100)
	void aShortListIsTheHeadOfTheFullRanking(@ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int limit) {
		Random random = new Random(seed);
		List<ProviderFacts> providers = Instances.providers(random, 80);
		ProviderPool pool = ProviderPool.of(providers, Instances.AT, Instances.TODAY);
		Needs needs = Instances.needs(random, 0, providers);
		List<Recommendation> all = pool.rank(needs, WEIGHTS, 80).recommendations();
		assertThat(pool.rank(needs, WEIGHTS, limit).recommendations())
			.isEqualTo(all.subList(0, Math.min(limit, all.size())));
	}

	@Property(tries = 50)
	void sameInputSameOutputWhateverTheOrderProvidersCameIn(@ForAll long seed) {
		Random random = new Random(seed);
		List<ProviderFacts> providers = Instances.providers(random, 40);
		List<Needs> requests = Instances.requests(random, 15, providers);
		List<ProviderFacts> shuffled = new ArrayList<>(providers);
		Collections.shuffle(shuffled, random);
		ProviderPool a = ProviderPool.of(providers, Instances.AT, Instances.TODAY);
		ProviderPool b = ProviderPool.of(shuffled, Instances.AT, Instances.TODAY);
		assertThat(b.rank(requests.get(0), WEIGHTS, 10)).isEqualTo(a.rank(requests.get(0), WEIGHTS, 10));
		BatchAssignment.Options options = BatchAssignment.Options.defaults();
		assertThat(BatchAssignment.optimal(BatchAssignment.prepare(b, requests, WEIGHTS), options))
			.isEqualTo(BatchAssignment.optimal(BatchAssignment.prepare(a, requests, WEIGHTS), options));
	}

	@Property(tries = 150)
	void batchesRespectConstraintsAndCapacityAndNeverLoseToGreedy(@ForAll long seed,
			@ForAll @IntRange(min = 1, max = 40) int requestCount, @ForAll @IntRange(min = 1, max = 25) int size,
			@ForAll boolean placeAsMany, @ForAll @IntRange(min = 0, max = 100) int share) {
		Random random = new Random(seed);
		List<ProviderFacts> providers = Instances.providers(random, size);
		List<Needs> requests = Instances.requests(random, requestCount, providers);
		ProviderPool pool = ProviderPool.of(providers, Instances.AT, Instances.TODAY);
		BatchAssignment.Options options = new BatchAssignment.Options(placeAsMany, share == 0 ? null : share);
		BatchAssignment.Problem problem = BatchAssignment.prepare(pool, requests, WEIGHTS);
		BatchAssignment.Result optimal = BatchAssignment.optimal(problem, options);
		BatchAssignment.Result greedy = BatchAssignment.greedy(problem, options);
		for (BatchAssignment.Result result : List.of(optimal, greedy)) {
			Map<UUID, Integer> load = new HashMap<>();
			for (int r = 0; r < requests.size(); r++) {
				BatchAssignment.Placement placement = result.placements().get(r);
				assertThat(placement.request()).isEqualTo(requests.get(r).request());
				if (placement.provider() != null) {
					ProviderFacts p = providers.stream().filter(x -> x.id().equals(placement.provider())).findFirst().orElseThrow();
					assertThat(failures(requests.get(r), p)).isEmpty();
					load.merge(p.id(), 1, Integer::sum);
				}
			}
			load.forEach((id, n) -> assertThat(n).isLessThanOrEqualTo(problem.capacity(pool.indexOf(id), options)));
			assertThat(result.load()).isEqualTo(load);
		}
		assertThat(optimal.optimal()).isTrue();
		if (placeAsMany) {
			assertThat(optimal.placed()).isGreaterThanOrEqualTo(greedy.placed());
			if (optimal.placed() == greedy.placed()) {
				assertThat(optimal.total()).isGreaterThanOrEqualTo(greedy.total());
			}
		}
		else {
			assertThat(optimal.total()).isGreaterThanOrEqualTo(greedy.total());
		}
	}

	@Property(tries = 100)
	void withRoomEnoughEveryRequestGetsItsBestFeasibleProvider(@ForAll long seed,
			@ForAll @IntRange(min = 1, max = 30) int requestCount, @ForAll boolean placeAsMany) {
		Random random = new Random(seed);
		List<ProviderFacts> roomy = Instances.providers(random, 20)
			.stream()
			.map(p -> new ProviderFacts(p.id(), p.reference(), p.name(), p.standing(), p.vettedUntil(), p.pauses(), 1000,
					0, p.services(), p.fluentLanguages(), p.remoteCountries(), p.inPersonCountries(), p.remoteAnywhere(),
					p.regions(), p.communities(), p.jurisdictions(), p.channels(), p.conflictOrganizations(),
					p.conflictSectors(), p.timeZone(), p.responseHours(), p.fees()))
			.toList();
		List<Needs> requests = Instances.requests(random, requestCount, roomy);
		ProviderPool pool = ProviderPool.of(roomy, Instances.AT, Instances.TODAY);
		BatchAssignment.Result result = BatchAssignment.optimal(BatchAssignment.prepare(pool, requests, WEIGHTS),
				new BatchAssignment.Options(placeAsMany, null));
		for (int r = 0; r < requestCount; r++) {
			List<Recommendation> best = pool.rank(requests.get(r), WEIGHTS, 1).recommendations();
			BatchAssignment.Placement placement = result.placements().get(r);
			if (best.isEmpty()) {
				assertThat(placement.provider()).isNull();
			}
			else {
				assertThat(placement.score()).isEqualTo(best.get(0).score());
			}
		}
	}

	@Property(tries = 150)
	void theSolverFindsTheTrueOptimumOfSmallBatches(@ForAll long seed,
			@ForAll @IntRange(min = 1, max = 6) int requestCount, @ForAll @IntRange(min = 1, max = 4) int size,
			@ForAll boolean placeAsMany) {
		Random random = new Random(seed);
		List<ProviderFacts> providers = Instances.providers(random, size);
		List<Needs> requests = Instances.requests(random, requestCount, providers);
		ProviderPool pool = ProviderPool.of(providers, Instances.AT, Instances.TODAY);
		BatchAssignment.Options options = new BatchAssignment.Options(placeAsMany, null);
		BatchAssignment.Problem problem = BatchAssignment.prepare(pool, requests, WEIGHTS);
		BatchAssignment.Result optimal = BatchAssignment.optimal(problem, options);
		long[] best = bruteForce(problem, options, 0, new int[size], 0, 0);
		assertThat(placeAsMany ? new long[] { optimal.placed(), optimal.total() } : new long[] { 0, optimal.total() })
			.containsExactly(best);
	}

	/** The best (placed, total) over every assignment, or (0, total) when only the total counts. */
	private static long[] bruteForce(BatchAssignment.Problem problem, BatchAssignment.Options options, int r,
			int[] used, int placed, long total) {
		if (r == problem.requests().size()) {
			return options.placeAsMany() ? new long[] { placed, total } : new long[] { 0, total };
		}
		long[] best = bruteForce(problem, options, r + 1, used, placed, total);
		for (int j : problem.feasible(r)) {
			if (used[j] < problem.capacity(j, options)) {
				used[j]++;
				long[] candidate = bruteForce(problem, options, r + 1, used, placed + 1, total + problem.score(r, j));
				used[j]--;
				if (candidate[0] > best[0] || candidate[0] == best[0] && candidate[1] > best[1]) {
					best = candidate;
				}
			}
		}
		return best;
	}

	/** The hard constraints, stated plainly. */
	static Set<Constraint> failures(Needs n, ProviderFacts p) {
		Set<Constraint> failed = EnumSet.noneOf(Constraint.class);
		if (p.standing() == Standing.NOT_ACTIVE || p.vettedUntil() == null || !p.vettedUntil().isAfter(Instances.AT)) {
			failed.add(Constraint.STANDING);
		}
		boolean freeDay = false;
		for (LocalDate d = Instances.TODAY; !d.isAfter(n.startBy()); d = d.plusDays(1)) {
			LocalDate day = d;
			if (p.pauses().stream().noneMatch(x -> !day.isBefore(x.startsOn()) && !day.isAfter(x.endsOn()))) {
				freeDay = true;
			}
		}
		if (p.standing() == Standing.PAUSED || !freeDay) {
			failed.add(Constraint.PAUSED);
		}
		if (p.openEngagements() >= p.maxEngagements()) {
			failed.add(Constraint.CAPACITY);
		}
		if (!n.interpretation() && !n.languages().isEmpty()
				&& n.languages().stream().noneMatch(p.fluentLanguages()::contains)) {
			failed.add(Constraint.LANGUAGE);
		}
		if (!p.services().keySet().containsAll(n.mustServices())) {
			failed.add(Constraint.SERVICES);
		}
		String org = plain(n.organizationName());
		boolean conflict = n.sector() != null && p.conflictSectors().contains(n.sector());
		for (String declared : p.conflictOrganizations()) {
			String d = plain(declared);
			if (org != null && d != null && (d.equals(org) || d.length() >= 4 && (" " + org + " ").contains(" " + d + " ")
					|| org.length() >= 4 && (" " + d + " ").contains(" " + org + " "))) {
				conflict = true;
			}
		}
		if (conflict) {
			failed.add(Constraint.CONFLICT);
		}
		if (n.excludedProviders().contains(p.id())) {
			failed.add(Constraint.EXCLUDED);
		}
		Set<String> both = new HashSet<>(p.jurisdictions());
		both.retainAll(n.excludedJurisdictions());
		if (!both.isEmpty()) {
			failed.add(Constraint.JURISDICTION);
		}
		if (!n.channels().isEmpty() && n.channels().stream().noneMatch(p.channels()::contains)) {
			failed.add(Constraint.CHANNEL);
		}
		return failed;
	}

	private static String plain(String name) {
		if (name == null) {
			return null;
		}
		String p = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return p.isEmpty() ? null : p;
	}

}
