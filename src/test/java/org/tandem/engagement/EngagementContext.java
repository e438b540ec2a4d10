package org.tandem.engagement;

/**
 * The engagement tests run in an application context (and so a database) of their own: they open many providers,
 * organizations and engagements, which the other modules' tests, sharing one context, would otherwise find in their
 * lists and pages.
 */
final class EngagementContext {

	/** A property only these tests set, which makes their context a different one. */
	static final String OWN = "tandem.test.context=engagement";

	private EngagementContext() {
	}

}
