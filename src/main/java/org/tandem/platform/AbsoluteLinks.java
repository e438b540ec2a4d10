package org.tandem.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute links to this instance, of two kinds. A link read away from Tandem's pages (in mail, on the console) can
 * only come from the configured public address, {@code TANDEM_PUBLIC_URL}; without it, it points to
 * {@code http://localhost:<port in use>}, which works only on the server itself, and Tandem says so at start-up and
 * to staff and administrators. A link shown on a page, to be copied or bookmarked, uses the public address too when
 * it is set, and otherwise the address the person used to reach the page. Links in mail never come from a request:
 * its {@code Host} header is whatever the sender chose.
 */
public interface AbsoluteLinks {

	/** Whether {@code TANDEM_PUBLIC_URL} is set. */
	boolean publicUrlSet();

	/** The address links in mail start with: the public address, or {@code http://localhost:<port in use>}. */
	String mailBase();

	/** A link for mail and the console to a path of this instance (a path starting with {@code /}). */
	default String forMail(String path) {
		return mailBase() + path;
	}

	/**
	 * A link to show on the page answering this request: under the public address when it is set, otherwise under
	 * the scheme, host and port the request came to (as the forwarded headers say when
	 * {@code TANDEM_FORWARD_HEADERS} trusts them).
	 */
	String forPage(HttpServletRequest request, String path);

}
