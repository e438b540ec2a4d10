package org.tandem.engagement;

/** A side's answer to a keep-in-touch check-in. */
public enum CheckInAnswer {

	ALL_WELL, NEED_HELP;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.checkIn.answer." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
