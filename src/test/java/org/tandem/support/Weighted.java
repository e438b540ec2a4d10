package org.tandem.support;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/** Values drawn at random in proportion to their weights, for generated test and benchmark data. */
public record Weighted<T>(List<T> values, double[] cumulative) {

	public static <T> Weighted<T> of(List<T> values, double... weights) {
		double[] cumulative = new double[values.size()];
		double sum = 0;
		for (int i = 0; i < values.size(); i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		return new Weighted<>(values, cumulative);
	}

	public static <T> Weighted<T> uniform(List<T> values) {
		return ranked(values, rank -> 1);
	}

	/** The first value is drawn twice as often as the second, three times as often as the third, and so on. */
	public static <T> Weighted<T> zipf(List<T> values) {
		return ranked(values, rank -> 1.0 / (rank + 1));
	}

	private static <T> Weighted<T> ranked(List<T> values, IntToDoubleFunction weightOfRank) {
		double[] weights = new double[values.size()];
		Arrays.setAll(weights, weightOfRank);
		return of(values, weights);
	}

	public T next(Random random) {
		double draw = random.nextDouble() * cumulative[cumulative.length - 1];
		int at = Arrays.binarySearch(cumulative, draw);
		return values.get(Math.min(values.size() - 1, at >= 0 ? at + 1 : -at - 1));
	}

	/** {@code count} different values, in the order drawn. */
	public Set<T> distinct(Random random, int count) {
		Set<T> drawn = new LinkedHashSet<>();
		while (drawn.size() < count) {
			drawn.add(next(random));
		}
		return drawn;
	}

}
