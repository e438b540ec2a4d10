package org.tandem.evaluation;

/** The change an outcome looks for, as the framework sorts them. */
public enum OutcomeKind {

	KNOWLEDGE, ATTITUDE, BEHAVIOUR, CONDITION;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "evaluation.outcome.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
