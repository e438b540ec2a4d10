package org.tandem.evaluation.chart;

import java.util.Locale;

/**
 * A traffic light of a light-mode round, drawn with a shape as well as a colour: red a square (not enough progress
 * or backslide), yellow a triangle (some progress), green a circle (excellent progress).
 */
public enum Light {

	RED("#b42318", "square"),

	YELLOW("#b58100", "triangle"),

	GREEN("#1b7f3b", "circle");

	private final String colour;

	private final String shape;

	Light(String colour, String shape) {
		this.colour = colour;
		this.shape = shape;
	}

	public String colour() {
		return colour;
	}

	public String shape() {
		return shape;
	}

	/** The word for this light: {@code evaluation.chart.light.red} etc. */
	public String messageKey() {
		return "evaluation.chart.light." + name().toLowerCase(Locale.ROOT);
	}

}
