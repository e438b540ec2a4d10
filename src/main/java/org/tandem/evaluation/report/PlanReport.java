package org.tandem.evaluation.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.tandem.evaluation.domain.PlanNote;
import org.tandem.evaluation.domain.PlanState;

/**
 * What an organization's evaluation PDF holds: the organization's name, the plan as its participant sees it, its
 * outcomes' titles in the reader's language (in the order of {@link PlanState#outcomes()}), its notes (newest first;
 * {@code notesCut} when there were more than the report takes) and when it was made.
 */
public record PlanReport(String organizationName, PlanState state, List<Outcome> outcomes, List<PlanNote> notes,
		boolean notesCut, Locale language, Instant madeAt) {

	/** The most notes a report takes (the newest). */
	public static final int MOST_NOTES = 400;

	/** An outcome's title and what kind it is (message keys). */
	public record Outcome(String title, int objective, String kindKey, String sourceKey) {
	}

	public PlanReport {
		outcomes = List.copyOf(outcomes);
		notes = List.copyOf(notes);
		if (outcomes.size() != state.outcomes().size()) {
			throw new IllegalArgumentException("one title per outcome");
		}
	}

	@Override
	public String toString() {
		return "PlanReport[" + state.plan().id() + ", " + outcomes.size() + " outcomes, " + notes.size() + " notes]";
	}

}
