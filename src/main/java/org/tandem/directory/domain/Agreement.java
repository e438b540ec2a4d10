package org.tandem.directory.domain;

import java.util.Locale;

/**
 * The attestations a provider signs before vetting (core spec, "Our commitment to organizations" and "Minimum
 * requirements"). Each text lives in the message bundles under its version; changing a text means a new version
 * here, and acceptances of an older version no longer count until the provider accepts the new one.
 */
public enum Agreement {

	VALUES(1), VULNERABLE_COMMUNITIES(1), DATA_RETENTION(1), MINIMUM_COMMITMENT(1), LEARNING_AND_FEEDBACK(1),
	DO_NO_HARM(1);

	private final int version;

	Agreement(int version) {
		this.version = version;
	}

	/** The version a provider must have accepted now. */
	public int version() {
		return version;
	}

	public String messageKey() {
		return "directory.agreement." + name().toLowerCase(Locale.ROOT);
	}

	/** The key of the current version's full text. */
	public String textKey() {
		return messageKey() + ".v" + version;
	}

}
