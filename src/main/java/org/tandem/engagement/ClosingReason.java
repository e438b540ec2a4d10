package org.tandem.engagement;

/**
 * Why an engagement closed. Each side may say the other stopped it only by its own word: the organization cannot
 * record that the provider stopped, nor the provider that the organization did; staff may record any.
 */
public enum ClosingReason {

	/** The plan is done. */
	PLAN_DONE,

	/** Both sides pause the work, to take it up later in a new engagement. */
	PAUSED,

	/** The organization stopped the work. */
	STOPPED_BY_ORGANIZATION,

	/** The provider stopped the work. */
	STOPPED_BY_PROVIDER;

	/** Whether a participant of this side may give this reason. */
	public boolean allowedFor(Side side) {
		return switch (side) {
			case ORGANIZATION -> this != STOPPED_BY_PROVIDER;
			case PROVIDER -> this != STOPPED_BY_ORGANIZATION;
			case STAFF -> true;
		};
	}

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.closing.reason." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
