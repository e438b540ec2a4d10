package org.tandem.matching.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long ranking one request against 10,000 providers takes: one call of
 * {@code ProviderPool.rank(needs, Weights.defaults(), 10)} on a pool compiled once, each call with the next of 200
 * generated requests ({@link RealisticInstances}), from one thread. The goal is a median under 2 ms
 * (docs/performance.md, "Matching"). {@link #compilePool} measures what the pool costs to build from the same 10,000
 * providers, for callers that would build one per ranking. Run with {@code bench/matching.sh rank}.
 */
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xms1g", "-Xmx1g" }) // the heap a hub gives a batch run
@State(Scope.Benchmark)
public class MatchingRankBenchmark {

	static final int PROVIDERS = 10_000;

	static final int REQUESTS = 200;

	static final long SEED = 20261124;

	static final int LIMIT = 10;

	private final Weights weights = Weights.defaults();

	private List<ProviderFacts> providers = List.of();

	private ProviderPool pool = ProviderPool.of(List.of(), RealisticInstances.AT, RealisticInstances.TODAY);

	private List<Needs> requests = List.of();

	private int next;

	@Setup(Level.Trial)
	public void createPool() {
		providers = RealisticInstances.providers(new Random(SEED), PROVIDERS);
		pool = ProviderPool.of(providers, RealisticInstances.AT, RealisticInstances.TODAY);
		requests = RealisticInstances.requests(new Random(SEED + 1), REQUESTS, providers);
		describe();
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Ranking rank() {
		Needs needs = requests.get(next);
		next = (next + 1) % requests.size();
		return pool.rank(needs, weights, LIMIT);
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public ProviderPool compilePool() {
		return ProviderPool.of(providers, RealisticInstances.AT, RealisticInstances.TODAY);
	}

	/** Prints how many providers each request can have, for bench/matching.sh to put beside the timings. */
	private void describe() {
		int[] feasible = new int[requests.size()];
		int fewerThanLimit = 0;
		long[] excludedBy = new long[Constraint.values().length];
		for (int r = 0; r < feasible.length; r++) {
			Ranking ranking = pool.rank(requests.get(r), weights, LIMIT);
			feasible[r] = ranking.feasible();
			ranking.excludedBy().forEach((c, n) -> excludedBy[c.ordinal()] += n);
			if (ranking.recommendations().size() < LIMIT) {
				fewerThanLimit++;
			}
		}
		Arrays.sort(feasible);
		System.out.println(String.format(Locale.ROOT,
				"matching-figures rank: %d providers, %d requests; providers meeting every hard constraint per request:"
						+ " min %d, median %d, mean %.0f, max %d; requests with fewer than %d recommendations: %d",
				pool.size(), requests.size(), feasible[0], feasible[feasible.length / 2],
				Arrays.stream(feasible).average().orElse(0), feasible[feasible.length - 1], LIMIT, fewerThanLimit));
		StringBuilder by = new StringBuilder("matching-figures rank: share of provider-request pairs each constraint"
				+ " excludes (a pair may fail several):");
		long pairs = (long) pool.size() * requests.size();
		for (Constraint c : Constraint.values()) {
			by.append(String.format(Locale.ROOT, " %s %.1f %%", c, 100.0 * excludedBy[c.ordinal()] / pairs));
		}
		System.out.println(by);
	}

}
