package org.tandem.evaluation;

/**
 * How a plan is scored: FULL (1–5 with a justification at baseline, optional mid-term and final) or LIGHT (traffic
 * lights 1–3 with comments, in numbered rounds every three to six months, with fewer outcomes).
 */
public enum PlanMode {

	FULL(30), LIGHT(8);

	private final int outcomeLimit;

	PlanMode(int outcomeLimit) {
		this.outcomeLimit = outcomeLimit;
	}

	/** The most outcomes a plan in this mode holds. */
	public int outcomeLimit() {
		return outcomeLimit;
	}

	/** The highest score of a round in this mode (5 for full, 3 for a light). */
	public int highest() {
		return this == FULL ? 5 : 3;
	}

	public String messageKey() {
		return "evaluation.plan.mode." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
