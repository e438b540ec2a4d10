package org.tandem.directory.domain;

import java.util.Locale;

/** An individual practitioner or a firm (a company, collective or non-profit). */
public enum ProviderKind {

	INDIVIDUAL, FIRM;

	public String messageKey() {
		return "directory.kind." + name().toLowerCase(Locale.ROOT);
	}

}
