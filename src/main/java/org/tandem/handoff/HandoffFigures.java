package org.tandem.handoff;

import java.time.LocalDate;
import java.util.List;

/**
 * What the handoff counters say, summed over their cells, for the program's figures: confirmed handoffs per quarter
 * by days to confirmed contact ({@code handoff_tally}), and the follow-ups' usefulness and recommendation per side
 * ({@code handoff_outcome_tally}, which holds only sides that let themselves be counted). Counts only; nothing names
 * a request, an organization or a provider. Callers apply disclosure control.
 */
public interface HandoffFigures {

	/** Confirmed handoffs of the quarters starting from {@code from} to {@code to} (both first days, included). */
	List<Confirmed> confirmed(LocalDate from, LocalDate to);

	/** Counted sides of purged handoffs confirmed in those quarters, by usefulness and recommendation. */
	List<Outcome> outcomes(LocalDate from, LocalDate to);

	/**
	 * @param quarterStart the quarter's first day (UTC)
	 * @param daysBucket days from the first offer to confirmed contact: 0-7, 8-30 or 31+
	 */
	record Confirmed(LocalDate quarterStart, String daysBucket, long handoffs) {
	}

	/**
	 * @param side ORGANIZATION or PROVIDER
	 * @param usefulness 1 to 5, or 0 when that side answered no survey
	 * @param recommends YES, NO, UNSURE, or NONE when that side answered no survey
	 */
	record Outcome(String side, int usefulness, String recommends, long handoffs) {
	}

}
