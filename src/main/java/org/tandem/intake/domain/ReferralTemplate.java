package org.tandem.intake.domain;

import java.util.Locale;

/** Referral messages staff choose from when a request is outside the hub's mandate; each is translated. */
public enum ReferralTemplate {

	HELPLINE, OUT_OF_REGION, NOT_DIGITAL_SECURITY, NO_CAPACITY;

	public String messageKey() {
		return "intake.referral." + name().toLowerCase(Locale.ROOT);
	}

}
