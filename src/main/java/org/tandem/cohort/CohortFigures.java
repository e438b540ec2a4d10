package org.tandem.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Cohort completion for the program's figures: for each cohort closed in a period, how many of its organizations
 * stayed to the end and how many left before. Counts only; the organizations themselves never leave this module.
 */
public interface CohortFigures {

	/**
	 * The cohorts closed from {@code from} (included) to {@code to} (excluded), oldest closing first, each with its
	 * organizations counted once (an organization that left and joined again counts as completing if it was a member
	 * when the cohort closed). Organizations {@code counted} refuses are left out entirely.
	 */
	List<Closed> closed(Instant from, Instant to, Predicate<UUID> counted);

	/** One closed cohort: when, and its organizations that completed it or left before its end. */
	record Closed(Instant closedAt, long completed, long left) {
	}

}
