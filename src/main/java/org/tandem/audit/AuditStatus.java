package org.tandem.audit;

import java.util.Locale;

/**
 * Where an audit stands: its activities being chosen, under way, its recommendations being followed up after the
 * report, or closed (read only).
 */
public enum AuditStatus {

	PLANNING, UNDER_WAY, FOLLOWING_UP, CLOSED;

	public String messageKey() {
		return "audit.status." + name().toLowerCase(Locale.ROOT);
	}

}
