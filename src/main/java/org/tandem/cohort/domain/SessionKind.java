package org.tandem.cohort.domain;

/** What a cohort's session is for. */
public enum SessionKind {

	KICK_OFF, WELCOME_ONBOARDING, INTAKE, OUTTAKE, CLOSING, WEBINAR, LEARNING, FEEDBACK, OTHER;

	public String messageKey() {
		return "cohort.session.kind." + name();
	}

}
