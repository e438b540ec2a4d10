package org.tandem.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.function.Function;
import java.util.Collection;

/**
 * Cohort completion for the program's figures: for each cohort closed in a period, how many of its organizations
 * stayed to the end and how many left before. Counts only; the organizations themselves never leave this module.
 */
public interface CohortFigures {

	/**
	 * The cohorts closed from {@code from} (included) to {@code to} (excluded), oldest closing first, each with its
	 * organizations counted once (an organization that left and joined again counts as completing if it was a member
	 * when the cohort closed). Only the organizations {@code countable} returns (asked once, with all of them) are
	 * counted: the others are left out entirely.
	 */
	List<Closed> closed(Instant from, Instant to, Function<Collection<UUID>, Set<UUID>> countable);

	/** One closed cohort: when, and its organizations that completed it or left before its end. */
	record Closed(Instant closedAt, long completed, long left) {
	}

}
