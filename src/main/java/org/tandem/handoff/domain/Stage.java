package org.tandem.handoff.domain;

import java.util.Locale;

/** Where a handoff stands. */
public enum Stage {

	/** An offer is open to a provider, waiting for an answer. */
	OFFERING,
	/** Every chosen provider declined or let the offer expire: back to staff. */
	NO_PROVIDER,
	/** A provider accepted; the organization is to choose what to reveal. */
	ACCEPTED,
	/** Introduced; waiting for both sides to say whether they reached each other. */
	INTRODUCED,
	/** One side said contact was not made: staff are to look. */
	CONTACT_FAILED,
	/**
	 * Staff recorded contact a side has not confirmed: it takes effect when the grace period ends, unless the
	 * organization says it is not in contact.
	 */
	CONTACT_RECORDED,
	/** Contact confirmed; follow-ups are scheduled. */
	FOLLOWING_UP,
	/** Done. */
	CLOSED,
	/** Staff sent the request back to assessment. */
	WITHDRAWN;

	public String messageKey() {
		return "handoff.stage." + name().toLowerCase(Locale.ROOT);
	}

}
