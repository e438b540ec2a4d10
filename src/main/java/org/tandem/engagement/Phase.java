package org.tandem.engagement;

/**
 * Where an engagement is (seed 004's support process). Discover, Strategise and Actualise can be revisited in any
 * order; keeping in touch follows the plan's end, and a closed engagement takes no more changes.
 */
public enum Phase {

	/** Learning about the organization: context, people, assets, threats; the risk register. */
	DISCOVER,

	/** Priorities and a plan that fits the organization's means. */
	STRATEGISE,

	/** Doing the plan: tools, practices, training, changes. */
	ACTUALISE,

	/** The plan is over; both sides keep in touch for the agreed time. */
	KEEPING_IN_TOUCH,

	/** Closed; kept read-only until the retention rule or the organization's purge. */
	CLOSED;

	/** The phases a participant may move the engagement to from this one. */
	public boolean canMoveTo(Phase to) {
		if (this == CLOSED || this == KEEPING_IN_TOUCH || to == this) {
			return false;
		}
		// keeping in touch and closed come only through closing, which records why and frees the provider's slot
		return to != CLOSED && to != KEEPING_IN_TOUCH;
	}

	/** Whether the work is still going on: not yet closed, nor keeping in touch after closing. */
	public boolean isWorking() {
		return this != CLOSED && this != KEEPING_IN_TOUCH;
	}

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.phase." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
