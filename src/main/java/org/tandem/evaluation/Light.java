package org.tandem.evaluation;

/**
 * A traffic light of a light plan's round, or the colour an average of lights falls in. Colour is never the only
 * signal: each has a word and a shape (■ red, ▲ yellow, ● green, as the charts draw them).
 */
public enum Light {

	RED(1, "■"), YELLOW(2, "▲"), GREEN(3, "●");

	private final int value;

	private final String shape;

	Light(int value, String shape) {
		this.value = value;
		this.shape = shape;
	}

	public int value() {
		return value;
	}

	public String shape() {
		return shape;
	}

	public String messageKey() {
		return "evaluation.light." + name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Light of(int value) {
		return values()[value - 1];
	}

}
