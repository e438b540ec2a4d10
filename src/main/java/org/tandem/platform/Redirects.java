package org.tandem.platform;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirects built with a URI builder that encodes what it puts in, never by concatenation: a value taken from a path
 * (a status token, say) that holds {@code {…}}, spaces or non-ASCII characters can neither be read as a URI template
 * nor leave a {@code Location} header unwritten.
 */
public final class Redirects {

	private Redirects() {
	}

	/**
	 * {@code "redirect:"} and the template with its {@code {…}} variables expanded and encoded, for example
	 * {@code to("/request/status/{token}?sent#messages", token)}.
	 */
	public static String to(String template, Object... variables) {
		return "redirect:" + UriComponentsBuilder.fromUriString(template).buildAndExpand(variables).encode().toUriString();
	}

}
