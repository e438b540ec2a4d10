package org.tandem.intake;

import java.util.Locale;

/** The two approaches of the program, and not knowing yet. */
public enum Approach {

	INTRODUCTION, COHORT, NOT_SURE;

	public String messageKey() {
		return "intake.approach." + name().toLowerCase(Locale.ROOT);
	}

}
