package org.tandem.intake;

import java.util.Locale;

/** The two approaches of the program, and not knowing yet. */
public enum Approach {

	INTRODUCTION, COHORT, NOT_SURE;

	/** The approach with this name, if there is one (for a value typed into a form or an API body). */
	public static java.util.Optional<Approach> named(String name) {
		return java.util.Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
	}

	public String messageKey() {
		return "intake.approach." + name().toLowerCase(Locale.ROOT);
	}

}
