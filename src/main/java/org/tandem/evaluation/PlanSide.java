package org.tandem.evaluation;

/** Whom a participant of a plan speaks for: the organization, its practitioner (provider), or the hub's staff. */
public enum PlanSide {

	ORGANIZATION, PROVIDER, STAFF;

	public String messageKey() {
		return "evaluation.plan.side." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
