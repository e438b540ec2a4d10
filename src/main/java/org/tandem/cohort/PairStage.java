package org.tandem.cohort;

import java.util.Locale;

/** Where a pair matched within a cohort stands, from the proposal to the open engagement. */
public enum PairStage {

	/** In the proposal staff are reviewing; nothing offered yet. */
	PROPOSED,
	/** Staff confirmed it: the blind offer waits for the provider's answer. */
	OFFERED,
	/** The provider accepted; the organization is to introduce itself. */
	ACCEPTED,
	/** Introduced; waiting for both to confirm contact. */
	INTRODUCED,
	/** Both confirmed contact; the engagement is being opened. */
	CONTACT_CONFIRMED,
	/** The pair works in its engagement. */
	ENGAGEMENT_OPEN,
	/** The provider declined or let the offer expire, or staff took the request back: to be matched again. */
	DECLINED;

	public String messageKey() {
		return "cohort.matching.stage." + name().toLowerCase(Locale.ROOT);
	}

	/** Whether the handoff still moves the pair on. */
	public boolean inHandoff() {
		return this == OFFERED || this == ACCEPTED || this == INTRODUCED || this == CONTACT_CONFIRMED;
	}

}
