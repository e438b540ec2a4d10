package org.tandem.platform.security;

import org.tandem.platform.TandemProperties;

/**
 * Cookie names. Over HTTPS they carry the {@code __Host-} prefix, which browsers accept only for secure cookies
 * without a domain and with path {@code /}: no subdomain can set or read them.
 */
public final class CookieNames {

	private CookieNames() {
	}

	static String session(TandemProperties properties) {
		return prefix(properties) + "TANDEM_SESSION";
	}

	static String csrf(TandemProperties properties) {
		return prefix(properties) + "TANDEM_CSRF";
	}

	public static String language(TandemProperties properties) {
		return prefix(properties) + "TANDEM_LANG";
	}

	private static String prefix(TandemProperties properties) {
		return properties.secure() ? "__Host-" : "";
	}

}
