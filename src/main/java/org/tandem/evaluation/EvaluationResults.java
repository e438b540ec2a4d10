package org.tandem.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The evaluation module's door on plans' results, for "what works": one row of clear values per plan that has a
 * baseline and a final round (full) or two rounds of lights (light), keyset-paged by plan id. Reads no sealed column;
 * the figures come from {@link EvaluationFigures}. Disclosure control is the caller's: these rows are per
 * organization and must never be shown as they are.
 */
public interface EvaluationResults {

	/** The most rows a page gives. */
	int PAGE_LIMIT = 500;

	/** The plans with results whose id is after {@code after} (null: from the first), at most {@code limit}. */
	Page results(@Nullable UUID after, int limit);

	/**
	 * A plan's results. {@code averageChange} and {@code potentialReached} are the full plan's averages (percentage
	 * change of the average change's outcomes, and potential reached in percent); for a light plan, the average change
	 * of the lights from the first to the last round, and no potential.
	 */
	record Result(UUID planId, UUID organizationId, @Nullable UUID engagementId, @Nullable UUID cohortId,
			@Nullable UUID providerId, PlanMode mode, List<OutcomeResult> outcomes, @Nullable BigDecimal averageChange,
			@Nullable BigDecimal potentialReached) {

		public Result {
			outcomes = List.copyOf(outcomes);
		}

	}

	/**
	 * One outcome of a plan: its source and code (the framework's "2.4", a hub outcome's id, null for a custom one),
	 * objective and kind, and its first and last value (baseline and final score, or first and last light; null where
	 * the outcome lacks one).
	 */
	record OutcomeResult(OutcomeSource source, @Nullable String code, int objective, OutcomeKind kind,
			@Nullable Integer first, @Nullable Integer last) {
	}

	/** A page of results, and the plan id to ask after for the next (null when there is none). */
	record Page(List<Result> results, @Nullable UUID after) {
	}

}
