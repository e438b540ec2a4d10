package org.tandem.engagement;

/** Create Space: what the two sides agree on how they work together, shown beside every phase. */
public enum Agreement {

	/** How they work together. */
	WORKING,

	/** How often they meet, and how. */
	RHYTHM,

	/** Who decides what. */
	DECISIONS,

	/** What stays confidential, and between whom. */
	CONFIDENTIAL,

	/** What makes them switch to incident response. */
	INCIDENTS;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.agreement." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
