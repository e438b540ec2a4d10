package org.tandem.engagement;

/** A three-step scale for a risk's likelihood and impact: simple enough to agree on in a meeting. */
public enum Level {

	LOW, MEDIUM, HIGH;

	/** The risk's weight for ordering the register: likelihood times impact, 1 to 9. */
	public static int weight(Level likelihood, Level impact) {
		return (likelihood.ordinal() + 1) * (impact.ordinal() + 1);
	}

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.level." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
