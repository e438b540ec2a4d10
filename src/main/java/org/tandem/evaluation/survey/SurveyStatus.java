package org.tandem.evaluation.survey;

/** Draft (edited) → published (never edited again; a new version instead) → retired (sent no more). */
public enum SurveyStatus {

	DRAFT, PUBLISHED, RETIRED;

	public String messageKey() {
		return "evaluation.survey.status." + name();
	}

}
