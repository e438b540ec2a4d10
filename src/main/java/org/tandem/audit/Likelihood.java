package org.tandem.audit;

import java.util.Locale;

/** How likely a finding's harm is, on a five-step scale with words (1 rare … 5 almost certain). */
public enum Likelihood {

	RARE, UNLIKELY, POSSIBLE, LIKELY, ALMOST_CERTAIN;

	/** Its step, 1 to 5. */
	public int step() {
		return ordinal() + 1;
	}

	public String messageKey() {
		return "audit.finding.likelihood." + name().toLowerCase(Locale.ROOT);
	}

}
