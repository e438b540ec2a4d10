package org.tandem.engagement;

/** What the provider leaves behind: a guide to read, or a checklist whose items the organization ticks. */
public enum GuideKind {

	GUIDE, CHECKLIST;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.guide.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
