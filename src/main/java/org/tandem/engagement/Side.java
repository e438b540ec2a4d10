package org.tandem.engagement;

/** Whom a participant of an engagement speaks for. */
public enum Side {

	ORGANIZATION, PROVIDER, STAFF;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.side." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
