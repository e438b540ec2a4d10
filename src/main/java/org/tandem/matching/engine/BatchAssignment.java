package org.tandem.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.jspecify.annotations.Nullable;

/**
 * Assigns a batch of requests (a queue, a cohort) to providers: each request to at most one provider meeting every
 * hard constraint, no provider above their free slots (or the fairness share), the best total score. Solved exactly
 * as a min-cost flow with OR-Tools: source → request (1) → provider (1, cost 1000 − score) → sink (capacity). By
 * default as many requests as possible are placed first and the score decides among those assignments (a maximum
 * flow of minimum cost); without that option the total score alone counts and a request may stay unplaced when
 * placing it would cost others more. {@link #greedy} is the baseline the optimum is compared with.
 */
public final class BatchAssignment {

	private static final int MAX_SCORE = 1000;

	private static volatile boolean nativeLoaded;

	private BatchAssignment() {
	}

	/**
	 * How to assign.
	 *
	 * @param placeAsMany place as many requests as possible before maximizing the score
	 * @param maxSharePercent if set (1 to 100), no provider gets more than this share of the batch (rounded up)
	 */
	public record Options(boolean placeAsMany, @Nullable Integer maxSharePercent) {

		public Options {
			if (maxSharePercent != null && (maxSharePercent < 1 || maxSharePercent > 100)) {
				throw new IllegalArgumentException("share must be 1 to 100 percent");
			}
		}

		public static Options defaults() {
			return new Options(true, null);
		}

	}

	/** A batch ready to assign: the pool, the requests in order, and each request's feasible providers and scores. */
	public static final class Problem {

		private final ProviderPool pool;

		private final List<Needs> requests;

		private final int[][] providers;

		private final int[][] scores;

		private Problem(ProviderPool pool, List<Needs> requests, int[][] providers, int[][] scores) {
			this.pool = pool;
			this.requests = requests;
			this.providers = providers;
			this.scores = scores;
		}

		public ProviderPool pool() {
			return pool;
		}

		public List<Needs> requests() {
			return requests;
		}

		/** How many request–provider pairs meet every hard constraint. */
		public long feasiblePairs() {
			long n = 0;
			for (int[] p : providers) {
				n += p.length;
			}
			return n;
		}

		/** The score of a provider (pool index) for a request (batch index), or -1 if excluded. */
		public int score(int request, int provider) {
			int k = Arrays.binarySearch(providers[request], provider);
			return k < 0 ? -1 : scores[request][k];
		}

		/** A request's feasible providers (pool indexes, ascending). */
		public int[] feasible(int request) {
			return providers[request].clone();
		}

		/** How many requests of this batch a provider may take. */
		public int capacity(int provider, Options options) {
			int free = pool.providers().get(provider).freeSlots();
			Integer share = options.maxSharePercent();
			if (share == null) {
				return free;
			}
			int cap = Math.max(1, (int) Math.ceil(requests.size() * share / 100.0));
			return Math.min(free, cap);
		}

	}

	/** One request's place in an assignment: a provider and the score, or no provider (score 0). */
	public record Placement(UUID request, @Nullable UUID provider, int score) {
	}

	/** How an assignment was found. */
	public enum Method {

		OPTIMAL, GREEDY, EDITED

	}

	/**
	 * An assignment: a placement per request in batch order, how many were placed, the total score and each
	 * provider's load. {@code optimal} is set only when the solver proved the total optimal.
	 */
	public record Result(Method method, List<Placement> placements, int placed, long total, Map<UUID, Integer> load,
			boolean optimal) {

		public Result {
			placements = List.copyOf(placements);
			load = Collections.unmodifiableMap(new LinkedHashMap<>(load));
		}

	}

	/** Scores every request against the pool; the expensive part shared by the solver and the baseline. */
	public static Problem prepare(ProviderPool pool, List<Needs> requests, Weights weights) {
		int[][] providers = new int[requests.size()][];
		int[][] scores = new int[requests.size()][];
		int[] buffer = new int[pool.size()];
		for (int r = 0; r < requests.size(); r++) {
			int[] all = pool.scores(requests.get(r), weights);
			int n = 0;
			for (int j = 0; j < all.length; j++) {
				if (all[j] >= 0) {
					buffer[n++] = j;
				}
			}
			providers[r] = Arrays.copyOf(buffer, n);
			scores[r] = new int[n];
			for (int k = 0; k < n; k++) {
				scores[r][k] = all[providers[r][k]];
			}
		}
		return new Problem(pool, List.copyOf(requests), providers, scores);
	}

	/** The optimal assignment, proven by the solver. */
	public static Result optimal(Problem problem, Options options) {
		loadNative();
		int requests = problem.requests.size();
		int providers = problem.pool.size();
		int source = 0;
		int sink = 1 + requests + providers;
		MinCostFlow flow = new MinCostFlow(sink + 1, (int) Math.min(Integer.MAX_VALUE,
				problem.feasiblePairs() + 2L * requests + providers));
		try {
			int[] firstArc = new int[requests];
			int supply = 0;
			for (int r = 0; r < requests; r++) {
				int[] candidates = problem.providers[r];
				firstArc[r] = -1;
				if (candidates.length == 0) {
					continue;
				}
				supply++;
				flow.addArcWithCapacityAndUnitCost(source, 1 + r, 1, 0);
				for (int k = 0; k < candidates.length; k++) {
					int arc = flow.addArcWithCapacityAndUnitCost(1 + r, 1 + requests + candidates[k], 1,
							MAX_SCORE - problem.scores[r][k]);
					if (k == 0) {
						firstArc[r] = arc;
					}
				}
				if (!options.placeAsMany()) {
					// leaving the request unplaced scores 0, like a provider scoring 0
					flow.addArcWithCapacityAndUnitCost(1 + r, sink, 1, MAX_SCORE);
				}
			}
			for (int j = 0; j < providers; j++) {
				int capacity = problem.capacity(j, options);
				if (capacity > 0) {
					flow.addArcWithCapacityAndUnitCost(1 + requests + j, sink, capacity, 0);
				}
			}
			flow.setNodeSupply(source, supply);
			flow.setNodeSupply(sink, -supply);
			MinCostFlowBase.Status status = options.placeAsMany() ? flow.solveMaxFlowWithMinCost() : flow.solve();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("the solver found no optimal assignment: " + status);
			}
			int[] chosen = new int[requests];
			Arrays.fill(chosen, -1);
			for (int r = 0; r < requests; r++) {
				if (firstArc[r] < 0) {
					continue;
				}
				int[] candidates = problem.providers[r];
				for (int k = 0; k < candidates.length; k++) {
					if (flow.getFlow(firstArc[r] + k) > 0) {
						chosen[r] = candidates[k];
						break;
					}
				}
			}
			return result(problem, Method.OPTIMAL, chosen, true);
		}
		finally {
			flow.delete();
		}
	}

	/**
	 * The baseline: every feasible pair by score, best first (ties by request, then provider order), taken while the
	 * request is unplaced and the provider has room.
	 */
	public static Result greedy(Problem problem, Options options) {
		int requests = problem.requests.size();
		long[] pairs = new long[(int) problem.feasiblePairs()];
		int n = 0;
		for (int r = 0; r < requests; r++) {
			for (int k = 0; k < problem.providers[r].length; k++) {
				// best score first, then lower request, then lower provider: 11 + 26 + 26 bits
				pairs[n++] = ((long) (MAX_SCORE - problem.scores[r][k]) << 52) | ((long) r << 26)
						| problem.providers[r][k];
			}
		}
		Arrays.sort(pairs);
		int[] left = new int[problem.pool.size()];
		for (int j = 0; j < left.length; j++) {
			left[j] = problem.capacity(j, options);
		}
		int[] chosen = new int[requests];
		Arrays.fill(chosen, -1);
		for (long pair : pairs) {
			int r = (int) ((pair >>> 26) & ((1 << 26) - 1));
			int j = (int) (pair & ((1 << 26) - 1));
			if (chosen[r] < 0 && left[j] > 0) {
				chosen[r] = j;
				left[j]--;
			}
		}
		return result(problem, Method.GREEDY, chosen, false);
	}

	/**
	 * An assignment staff edited, checked: every pair must meet the hard constraints and no provider may go above
	 * their capacity for this batch.
	 *
	 * @param chosen a provider id (or null) for each request, in batch order
	 * @throws InfeasibleEdit naming the request or provider at fault
	 */
	public static Result edited(Problem problem, Options options, List<@Nullable UUID> chosen) {
		if (chosen.size() != problem.requests.size()) {
			throw new IllegalArgumentException("one choice per request");
		}
		int[] indexes = new int[chosen.size()];
		int[] used = new int[problem.pool.size()];
		for (int r = 0; r < indexes.length; r++) {
			UUID provider = chosen.get(r);
			indexes[r] = provider == null ? -1 : problem.pool.indexOf(provider);
			if (provider != null && (indexes[r] < 0 || problem.score(r, indexes[r]) < 0)) {
				throw new InfeasibleEdit(problem.requests.get(r).request(), provider, false);
			}
			if (indexes[r] >= 0 && ++used[indexes[r]] > problem.capacity(indexes[r], options)) {
				throw new InfeasibleEdit(problem.requests.get(r).request(), provider, true);
			}
		}
		return result(problem, Method.EDITED, indexes, false);
	}

	/** An edit that breaks a hard constraint or a provider's capacity. */
	public static final class InfeasibleEdit extends RuntimeException {

		private final UUID request;

		private final @Nullable UUID provider;

		private final boolean overCapacity;

		InfeasibleEdit(UUID request, @Nullable UUID provider, boolean overCapacity) {
			super(overCapacity ? "provider over capacity" : "provider excluded for the request");
			this.request = request;
			this.provider = provider;
			this.overCapacity = overCapacity;
		}

		public UUID request() {
			return request;
		}

		public @Nullable UUID provider() {
			return provider;
		}

		public boolean overCapacity() {
			return overCapacity;
		}

	}

	private static Result result(Problem problem, Method method, int[] chosen, boolean optimal) {
		List<Placement> placements = new ArrayList<>(chosen.length);
		Map<UUID, Integer> load = new LinkedHashMap<>();
		int placed = 0;
		long total = 0;
		for (int r = 0; r < chosen.length; r++) {
			UUID request = problem.requests.get(r).request();
			if (chosen[r] < 0) {
				placements.add(new Placement(request, null, 0));
				continue;
			}
			ProviderFacts provider = problem.pool.providers().get(chosen[r]);
			int score = problem.score(r, chosen[r]);
			placements.add(new Placement(request, provider.id(), score));
			load.merge(provider.id(), 1, Integer::sum);
			placed++;
			total += score;
		}
		Map<UUID, Integer> ordered = new LinkedHashMap<>();
		problem.pool.providers().forEach(p -> {
			Integer n = load.get(p.id());
			if (n != null) {
				ordered.put(p.id(), n);
			}
		});
		return new Result(method, placements, placed, total, ordered, optimal);
	}

	private static void loadNative() {
		if (!nativeLoaded) {
			synchronized (BatchAssignment.class) {
				if (!nativeLoaded) {
					Loader.loadNativeLibraries();
					nativeLoaded = true;
				}
			}
		}
	}

}
