package org.tandem.intake.domain;

import java.util.Locale;

/** How the requester wants to be reached; {@code STATUS_PAGE} means only through the status link. */
public enum ContactMethod {

	STATUS_PAGE, EMAIL, SIGNAL, PHONE;

	public String messageKey() {
		return "intake.contact." + name().toLowerCase(Locale.ROOT);
	}

}
