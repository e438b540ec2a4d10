package org.tandem.evaluation.survey;

/** A survey staff built (sent to engagements and cohorts), or a provider's knowledge check for one engagement. */
public enum SurveyKind {
	STAFF, KNOWLEDGE
}
