package org.tandem.intake;

import java.util.Locale;

/** How urgent the requester says it is. {@code EMERGENCY} is sorted first everywhere. */
public enum Urgency {

	EMERGENCY, URGENT, SOON, NOT_URGENT;

	/** Its place in the queue's default sort, emergencies first; stored beside each request for the index. */
	public int rank() {
		return ordinal();
	}

	public String messageKey() {
		return "intake.urgency." + name().toLowerCase(Locale.ROOT);
	}

}
