package org.tandem.audit.catalog;

/** How an activity is done. */
public enum Approach {

	INTERPERSONAL, RESEARCH, TECHNICAL;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "audit.approach." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
