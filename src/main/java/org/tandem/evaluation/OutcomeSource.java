package org.tandem.evaluation;

/** Where a plan's outcome comes from: the framework, the hub's own outcomes, or written for this organization. */
public enum OutcomeSource {

	FRAMEWORK, HUB, CUSTOM;

	public String messageKey() {
		return "evaluation.outcome.source." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
