package org.tandem.matching.engine;

import java.util.Locale;
import java.util.Set;

/** Ways an organization and a provider can reach each other. */
public enum Channel {

	SIGNAL, ENCRYPTED_EMAIL, EMAIL, PHONE;

	public String messageKey() {
		return "matching.channel." + name().toLowerCase(Locale.ROOT);
	}

	static int mask(Set<Channel> channels) {
		int mask = 0;
		for (Channel c : channels) {
			mask |= 1 << c.ordinal();
		}
		return mask;
	}

}
