package org.tandem.directory;

import java.util.Locale;

/** How a provider charges; a provider may offer several. */
public enum Fee {

	PRO_BONO, SLIDING_SCALE, PAID;

	public String messageKey() {
		return "directory.fee." + name().toLowerCase(Locale.ROOT);
	}

}
