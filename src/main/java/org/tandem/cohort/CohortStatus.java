package org.tandem.cohort;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a cohort stands: planned, recruiting its members, running its term, closing (outtake, feedback) and closed.
 * It moves forward one step at a time; recruiting may go back to planned. A closed cohort changes no more.
 */
public enum CohortStatus {

	PLANNED, RECRUITING, RUNNING, CLOSING, CLOSED;

	/** The step after this one, none after closed. */
	public Optional<CohortStatus> next() {
		return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	public boolean canMoveTo(CohortStatus to) {
		return next().filter(to::equals).isPresent() || (this == RECRUITING && to == PLANNED);
	}

	public String messageKey() {
		return "cohort.status." + name().toLowerCase(Locale.ROOT);
	}

}
