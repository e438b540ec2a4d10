package org.tandem.engagement;

/** Where one item of an engagement's plan stands. A dropped item no longer counts in the plan's totals. */
public enum PlanStatus {

	TO_DO, DOING, DONE, DROPPED;

	/** Whether it still counts in the plan's totals. */
	public boolean live() {
		return this != DROPPED;
	}

	/** Whether work on it remains. */
	public boolean open() {
		return this == TO_DO || this == DOING;
	}

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "engagement.plan.status." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
	}

}
