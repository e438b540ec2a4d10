package org.tandem.audit;

import java.util.Locale;

/** How bad a finding's harm would be, on a five-step scale with words (1 negligible … 5 severe). */
public enum Impact {

	NEGLIGIBLE, MINOR, MODERATE, MAJOR, SEVERE;

	/** Its step, 1 to 5. */
	public int step() {
		return ordinal() + 1;
	}

	/** A finding's weight, likelihood times impact: 1 to 25, the weightiest listed first. */
	public static int weight(Likelihood likelihood, Impact impact) {
		return likelihood.step() * impact.step();
	}

	public String messageKey() {
		return "audit.finding.impact." + name().toLowerCase(Locale.ROOT);
	}

}
