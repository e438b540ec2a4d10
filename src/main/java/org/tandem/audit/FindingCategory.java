package org.tandem.audit;

import java.util.Locale;

/** The field guide's categories a finding falls in: where in the organization the weakness was found. */
public enum FindingCategory {

	PHYSICAL, ORGANIZATIONAL, ONLINE_ACCOUNTS, WEBSITE, DEVICES, NETWORKS, MESSAGING_APPS, HARASSMENT, DATA, OTHER;

	public String messageKey() {
		return "audit.finding.category." + name().toLowerCase(Locale.ROOT);
	}

}
