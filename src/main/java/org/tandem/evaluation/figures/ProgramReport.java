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
 * @param surveys the satisfaction surveys' answers after engagements and after cohorts, over the last 8 quarters
 */
public record ProgramReport(int minimum, YearMonth lastMonth, List<Month> requests, List<Quarter> handoffs,
		List<Satisfaction> satisfaction, Referrals referrals, List<CohortYear> cohorts, List<SurveyAnswers> surveys) {

	/** The days buckets of confirmation time, in order (as the handoff counters keep them). */
	public static final List<String> DAYS_BUCKETS = List.of("0-7", "8-30", "31+");

	/** The usefulness scores of the follow-up survey, in order (1: not useful, 5: very useful). */
	public static final List<Integer> USEFULNESS = List.of(1, 2, 3, 4, 5);

	/** The answers to "would you recommend", in order. */
	public static final List<String> RECOMMENDS = List.of("YES", "UNSURE", "NO");

	/** The sides of a handoff that answer its follow-ups. */
	public static final List<String> SIDES = List.of("ORGANIZATION", "PROVIDER");

	/** What a satisfaction survey was about, in order: engagements, then cohorts. */
	public static final List<String> SURVEY_TARGETS = List.of("ENGAGEMENT", "COHORT");

	/** The satisfaction points of a survey (1: not at all satisfied, 5: very satisfied), in order. */
	public static final List<Integer> SATISFACTION = List.of(1, 2, 3, 4, 5);

	/** The "would you recommend us" answers (0–10) in three bands, in order: 0–6, 7–8, 9–10. */
	public static final List<String> RECOMMEND_BANDS = List.of("0-6", "7-8", "9-10");

	/** The band of a 0–10 answer. */
	public static String recommendBand(int point) {
		return point <= 6 ? "0-6" : point <= 8 ? "7-8" : "9-10";
	}

	public ProgramReport {
		surveys = List.copyOf(surveys);
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

	/**
	 * The satisfaction surveys' answers about one kind of target ({@link #SURVEY_TARGETS}): satisfaction (cells by
	 * {@link #SATISFACTION}) and "would you recommend us" (cells by {@link #RECOMMEND_BANDS}), each a group whose total
	 * is the answers given. Only respondents who let their answers be counted.
	 */
	public record SurveyAnswers(String target, Group satisfaction, Group recommend) {
	}

}
