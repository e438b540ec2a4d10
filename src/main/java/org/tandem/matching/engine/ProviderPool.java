package org.tandem.matching.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Providers compiled for matching: their sets turned into bit masks over the pool's own vocabularies, so that checking
 * the hard constraints and scoring one provider for one request allocates nothing. Built once for a moment (the
 * vetting expiry, pauses and time-zone offsets are read at {@code at} and {@code today}) and then ranked against any
 * number of requests; immutable and safe to share between threads. The checking is {@link HardConstraints}', the
 * scoring {@link Scoring}'s, the explaining {@link Explainer}'s.
 */
public final class ProviderPool {

	private static final Constraint[] CONSTRAINTS = HardConstraints.CONSTRAINTS;

	private final List<ProviderFacts> providers;

	private final Map<UUID, Integer> indexById = new HashMap<>();

	private final PoolVocabularies vocabularies;

	private final CompiledProvider[] compiled;

	private final Instant at;

	private final long today;

	private ProviderPool(Collection<ProviderFacts> all, Instant at, LocalDate today) {
		this.at = at;
		this.today = today.toEpochDay();
		this.providers = all.stream()
			.sorted(Comparator.comparing(ProviderFacts::reference).thenComparing(ProviderFacts::id))
			.toList();
		this.vocabularies = PoolVocabularies.of(providers);
		this.compiled = new CompiledProvider[providers.size()];
		for (int i = 0; i < compiled.length; i++) {
			ProviderFacts p = providers.get(i);
			if (indexById.putIfAbsent(p.id(), i) != null) {
				throw new IllegalArgumentException("provider listed twice: " + p.id());
			}
			compiled[i] = new CompiledProvider(p, vocabularies, at);
		}
	}

	/**
	 * Compiles providers for matching at a moment: {@code at} decides expired vetting and time-zone offsets,
	 * {@code today} the first day a dated pause must leave free.
	 */
	public static ProviderPool of(Collection<ProviderFacts> providers, Instant at, LocalDate today) {
		return new ProviderPool(providers, at, today);
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
		CompiledNeeds n = compile(needs, weights);
		int[] topIndex = new int[Math.max(0, limit)];
		int[] topScore = new int[topIndex.length];
		int count = 0;
		int feasible = 0;
		int[] excludedBy = new int[CONSTRAINTS.length];
		for (int i = 0; i < compiled.length; i++) {
			int failures = failures(i, n);
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
			int score = Scoring.score(compiled[i], n);
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
		CompiledNeeds n = compile(needs, weights);
		int[] scores = new int[compiled.length];
		for (int i = 0; i < compiled.length; i++) {
			scores[i] = failures(i, n) == 0 ? Scoring.score(compiled[i], n) : -1;
		}
		return scores;
	}

	/** One provider's place for the request: a recommendation, or the constraints that exclude them. */
	public Result evaluate(Needs needs, Weights weights, UUID provider) {
		int i = indexOf(provider);
		if (i < 0) {
			throw new IllegalArgumentException("not in the pool: " + provider);
		}
		CompiledNeeds n = compile(needs, weights);
		int failures = failures(i, n);
		return failures == 0 ? new Result(explain(i, n, Scoring.score(compiled[i], n)), null)
				: new Result(null, exclusion(i, n, failures));
	}

	/** A provider's evaluation: exactly one of the two is set. */
	public record Result(@Nullable Recommendation recommendation, @Nullable Exclusion exclusion) {
	}

	/** Every excluded provider with the constraints that exclude them, in pool order. */
	public List<Exclusion> exclusions(Needs needs, Weights weights) {
		CompiledNeeds n = compile(needs, weights);
		List<Exclusion> excluded = new ArrayList<>();
		for (int i = 0; i < compiled.length; i++) {
			int failures = failures(i, n);
			if (failures != 0) {
				excluded.add(exclusion(i, n, failures));
			}
		}
		return excluded;
	}

	private CompiledNeeds compile(Needs needs, Weights weights) {
		return new CompiledNeeds(needs, weights, vocabularies, at, compiled.length, this::indexOf);
	}

	private int failures(int index, CompiledNeeds n) {
		return HardConstraints.failures(compiled[index], n, index, today);
	}

	private Recommendation explain(int index, CompiledNeeds n, int score) {
		return Explainer.explain(compiled[index], providers.get(index), n, score);
	}

	private Exclusion exclusion(int index, CompiledNeeds n, int failures) {
		return Explainer.exclusion(providers.get(index), n, failures);
	}

}
