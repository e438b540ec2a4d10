package org.tandem.evaluation.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.tandem.evaluation.figures.Disclosure.Cell;
import org.tandem.evaluation.figures.Disclosure.Group;
import org.tandem.intake.ReferralSource;

/**
 * The program's figures for staff, every count already through {@link Disclosure}: what the pages draw, the CSV
 * files list and the API returns, so the three can never disagree. Counts only; nothing names an organization.
 *
 * @param minimum the minimum group size k the cells were published with
 * @param lastMonth the month the figures run to (the current one, UTC, still filling)
 * @param requests requests per month over the last 24 months, each with the same month a year before
 * @param handoffs confirmed handoffs per quarter over the last 8 quarters, split by days to confirmed contact
 * @param satisfaction follow-up answers of each side about handoffs confirmed in those quarters
 * @param referrals how requesters of the last 12 months heard of the hub
 * @param cohorts cohorts closed per calendar year (this one and the two before), with their organizations' completion
 */
public record ProgramReport(int minimum, YearMonth lastMonth, List<Month> requests, List<Quarter> handoffs,
		List<Satisfaction> satisfaction, Referrals referrals, List<CohortYear> cohorts) {

	/** The days buckets of confirmation time, in order (as the handoff counters keep them). */
	public static final List<String> DAYS_BUCKETS = List.of("0-7", "8-30", "31+");

	/** The usefulness scores of the follow-up survey, in order (1: not useful, 5: very useful). */
	public static final List<Integer> USEFULNESS = List.of(1, 2, 3, 4, 5);

	/** The answers to "would you recommend", in order. */
	public static final List<String> RECOMMENDS = List.of("YES", "UNSURE", "NO");

	/** The sides of a handoff that answer its follow-ups. */
	public static final List<String> SIDES = List.of("ORGANIZATION", "PROVIDER");

	public ProgramReport {
		requests = List.copyOf(requests);
		handoffs = List.copyOf(handoffs);
		satisfaction = List.copyOf(satisfaction);
		cohorts = List.copyOf(cohorts);
	}

	/** One month's requests and the same month's a year before: two cells on their own (no total is published). */
	public record Month(YearMonth month, Cell requests, Cell yearBefore) {
	}

	/** One quarter's confirmed handoffs: its total and its cells by {@link #DAYS_BUCKETS}, as one group. */
	public record Quarter(LocalDate quarterStart, Group byDays) {
	}

	/**
	 * One side's answers: usefulness (cells by {@link #USEFULNESS}) and recommendation (cells by
	 * {@link #RECOMMENDS}), each a group whose total is the answers given; {@code unanswered} counts the handoffs of
	 * this side without a survey answer.
	 */
	public record Satisfaction(String side, Group usefulness, Group recommends, Cell unanswered) {
	}

	/** Referral answers of the months from {@code from} to {@code to}: cells by source, in the enum's order. */
	public record Referrals(YearMonth from, YearMonth to, List<ReferralSource> sources, Group bySource) {

		public Referrals {
			sources = List.copyOf(sources);
		}

	}

	/**
	 * One calendar year: the cohorts closed in it, and their organizations that completed the cohort or left before
	 * its end (a group of two cells: completed, left).
	 */
	public record CohortYear(int year, Cell closed, Group completion) {
	}

}
