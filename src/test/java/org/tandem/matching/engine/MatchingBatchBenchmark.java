package org.tandem.matching.engine;

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
 * How long assigning a batch of 5,000 requests to 1,000 providers takes ({@link RealisticInstances}, one thread):
 * {@link #prepareAndSolve} is the goal's measure, scoring every pair ({@link BatchAssignment#prepare}) and the proven
 * optimum by min-cost flow ({@link BatchAssignment#optimal}, default options: as many placed as possible, then the
 * best total); the goal is under 2 s (docs/performance.md, "Matching"). {@link #prepare} and {@link #solve} time the
 * two halves, {@link #greedy} the baseline on the same prepared problem. Each fork prints the batch's figures
 * (feasible pairs, requests placed and total score of the optimum and of the baseline) as lines starting with
 * {@code matching-figures}, which bench/matching.sh copies into its results. Run with {@code bench/matching.sh batch}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xms1g", "-Xmx1g" }) // the heap a hub gives a batch run
@State(Scope.Benchmark)
public class MatchingBatchBenchmark {

	static final int PROVIDERS = 1_000;

	static final int REQUESTS = 5_000;

	static final long SEED = 20261125;

	private final Weights weights = Weights.defaults();

	private final BatchAssignment.Options options = BatchAssignment.Options.defaults();

	private ProviderPool pool = ProviderPool.of(List.of(), RealisticInstances.AT, RealisticInstances.TODAY);

	private List<Needs> requests = List.of();

	private BatchAssignment.Problem problem = BatchAssignment.prepare(pool, List.of(), weights);

	@Setup(Level.Trial)
	public void createBatch() {
		List<ProviderFacts> providers = RealisticInstances.providers(new Random(SEED), PROVIDERS);
		pool = ProviderPool.of(providers, RealisticInstances.AT, RealisticInstances.TODAY);
		requests = RealisticInstances.requests(new Random(SEED + 1), REQUESTS, providers);
		problem = BatchAssignment.prepare(pool, requests, weights);
		describe();
	}

	@Benchmark
	public BatchAssignment.Result prepareAndSolve() {
		return BatchAssignment.optimal(BatchAssignment.prepare(pool, requests, weights), options);
	}

	@Benchmark
	public BatchAssignment.Problem prepare() {
		return BatchAssignment.prepare(pool, requests, weights);
	}

	@Benchmark
	public BatchAssignment.Result solve() {
		return BatchAssignment.optimal(problem, options);
	}

	@Benchmark
	public BatchAssignment.Result greedy() {
		return BatchAssignment.greedy(problem, options);
	}

	/** The batch's size and what the optimum and the baseline make of it, as this fork computes them. */
	private void describe() {
		BatchAssignment.Result optimal = BatchAssignment.optimal(problem, options);
		BatchAssignment.Result greedy = BatchAssignment.greedy(problem, options);
		int unplaceable = 0;
		for (int r = 0; r < requests.size(); r++) {
			if (problem.feasible(r).length == 0) {
				unplaceable++;
			}
		}
		long slots = 0;
		for (int j = 0; j < pool.size(); j++) {
			slots += problem.capacity(j, options);
		}
		System.out.println(String.format(Locale.ROOT,
				"matching-figures batch: %d requests x %d providers; feasible pairs %d (%.1f %%); requests with no"
						+ " feasible provider %d; free slots %d",
				requests.size(), pool.size(), problem.feasiblePairs(),
				100.0 * problem.feasiblePairs() / ((double) requests.size() * pool.size()), unplaceable, slots));
		System.out.println(figures("optimal", optimal));
		System.out.println(figures("greedy", greedy));
		System.out.println(String.format(Locale.ROOT,
				"matching-figures batch: optimal - greedy: %+d placed, %+d total score (%+.2f %%)",
				optimal.placed() - greedy.placed(), optimal.total() - greedy.total(),
				greedy.total() == 0 ? 0.0 : 100.0 * (optimal.total() - greedy.total()) / greedy.total()));
	}

	private static String figures(String name, BatchAssignment.Result result) {
		return String.format(Locale.ROOT,
				"matching-figures batch: %s: placed %d, total score %d, mean score %.1f, providers used %d, proven"
						+ " optimal %b%s",
				name, result.placed(), result.total(), result.placed() == 0 ? 0.0 : (double) result.total() / result.placed(),
				result.load().size(), result.optimal(), result.optimal() ? " (solver status OPTIMAL)" : "");
	}

}
