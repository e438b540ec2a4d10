package org.tandem.audit;

import java.util.Locale;

/** How soon a recommendation should be taken up, as the auditor advises it. */
public enum Priority {

	HIGH, MEDIUM, LOW;

	public String messageKey() {
		return "audit.rec.priority." + name().toLowerCase(Locale.ROOT);
	}

}
