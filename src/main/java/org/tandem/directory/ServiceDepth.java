package org.tandem.directory;

import java.util.Locale;

/** How far a provider goes in a service: does it, or is a specialist in it. */
public enum ServiceDepth {

	CAN_DO, SPECIALIST;

	public String messageKey() {
		return "directory.depth." + name().toLowerCase(Locale.ROOT);
	}

}
