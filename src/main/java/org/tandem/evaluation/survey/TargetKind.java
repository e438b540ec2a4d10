package org.tandem.evaluation.survey;

/** What a survey was sent to. */
public enum TargetKind {

	ENGAGEMENT, COHORT;

	public String messageKey() {
		return "evaluation.survey.target." + name();
	}

}
