package org.tandem.handoff.domain;

import java.util.Locale;

/** An offer's life: queued in staff's order, open with a deadline, then answered (or not). */
public enum OfferStatus {

	QUEUED, OPEN, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN;

	public String messageKey() {
		return "handoff.offer.status." + name().toLowerCase(Locale.ROOT);
	}

}
