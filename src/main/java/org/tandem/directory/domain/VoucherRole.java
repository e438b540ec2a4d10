package org.tandem.directory.domain;

import java.util.Locale;

/** In what capacity someone vouched: hub staff, advisory member or an already vetted provider. */
public enum VoucherRole {

	STAFF, ADVISORY, PROVIDER;

	public String messageKey() {
		return "directory.voucher." + name().toLowerCase(Locale.ROOT);
	}

}
