package org.tandem.audit;

import java.util.Locale;

/** Where one activity of an audit's plan stands: still to do, done, or skipped (always with a reason). */
public enum ActivityStatus {

	PLANNED, DONE, SKIPPED;

	public String messageKey() {
		return "audit.plan.status." + name().toLowerCase(Locale.ROOT);
	}

}
