package org.tandem.evaluation.chart;

import org.jspecify.annotations.Nullable;

/**
 * One value of a chart: the number drawn (none when the value is hidden by disclosure control or missing) and the
 * words it reads as in the table ("15", "fewer than 5", "not scored").
 */
public record Value(@Nullable Double number, String text) {

	public Value {
		if (number != null && (number.isNaN() || number.isInfinite() || number < 0)) {
			throw new IllegalArgumentException("a chart draws finite values of at least zero");
		}
	}

	/** A drawn value. */
	public static Value of(double number, String text) {
		return new Value(number, text);
	}

	/** A value that is not drawn (hidden or missing); {@code text} says why. */
	public static Value none(String text) {
		return new Value(null, text);
	}

	public boolean drawn() {
		return number != null;
	}

}
