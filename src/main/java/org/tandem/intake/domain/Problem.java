package org.tandem.intake.domain;

import java.util.Locale;

/** The common problems a requester can tick; each has a label {@code intake.problem.<name>}. */
public enum Problem {

	ACCOUNT_COMPROMISED, DEVICE_LOST_OR_SEIZED, SUSPICIOUS_MESSAGES, WEBSITE_ATTACKED, HARASSMENT_OR_DOXXING, SURVEILLANCE, NEED_AUDIT, NEED_TRAINING, NEED_POLICIES, OTHER;

	public String messageKey() {
		return "intake.problem." + name().toLowerCase(Locale.ROOT);
	}

}
