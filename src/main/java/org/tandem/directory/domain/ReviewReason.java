package org.tandem.directory.domain;

import java.util.Locale;

/** Why a provider is under review. */
public enum ReviewReason {

	APPLICATION, STAFF_REVIEW, RENEWAL_DUE, KEY_CHANGED, RESIDENCE_CHANGED, RETENTION_CHANGED;

	public String messageKey() {
		return "directory.reason." + name().toLowerCase(Locale.ROOT);
	}

}
