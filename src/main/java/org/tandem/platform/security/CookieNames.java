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

	/**
	 * Where a signed-out visitor was going, kept in a cookie (never in a session) until they sign in: {@code HttpOnly},
	 * {@code SameSite=Lax}, and {@code Secure} behind HTTPS, like the other cookies.
	 */
	static org.springframework.security.web.savedrequest.CookieRequestCache requestCache(TandemProperties properties) {
		var cache = new org.springframework.security.web.savedrequest.CookieRequestCache();
		// Only a page worth going back to, and never a huge address: the cookie must fit in the response headers.
		cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
				&& request.getRequestURI().length() + String.valueOf(request.getQueryString()).length() <= 1000);
		cache.setCookieCustomizer(cookie -> {
			cookie.setHttpOnly(true);
			cookie.setSecure(properties.secure());
			cookie.setAttribute("SameSite", "Lax");
		});
		return cache;
	}

	private static String prefix(TandemProperties properties) {
		return properties.secure() ? "__Host-" : "";
	}

}
