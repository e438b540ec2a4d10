package org.tandem.audit;

import java.util.Locale;

/**
 * Whom an account sees an audit as: the auditor's side (the staff member who started an audit on its own; in an
 * engagement, its provider and its staff) plans, records and reports; the organization's members read, decide on the
 * recommendations and download the reports.
 */
public enum AuditSide {

	AUDITOR, ORGANIZATION;

	public String messageKey() {
		return "audit.side." + name().toLowerCase(Locale.ROOT);
	}

}
