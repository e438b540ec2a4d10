package org.tandem.audit;

import java.util.Locale;

/**
 * Where a recommendation stands with the organization: proposed by the auditor, then accepted, postponed or declined
 * by the organization's side (a reason required for the last two), and changeable later.
 */
public enum RecommendationStatus {

	PROPOSED, ACCEPTED, POSTPONED, DECLINED;

	/** Whether the organization must say why. */
	public boolean needsReason() {
		return this == POSTPONED || this == DECLINED;
	}

	/** Whether the organization may decide this (everything but going back to proposed). */
	public boolean decision() {
		return this != PROPOSED;
	}

	public String messageKey() {
		return "audit.rec.status." + name().toLowerCase(Locale.ROOT);
	}

}
