package org.tandem.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The few answers written before Spring Security's filters run (errors Tomcat reports itself, bodies refused before
 * anything reads them): the same security headers {@link SecurityHeaders} gives every other response, and the JSON
 * API's problem detail.
 */
public final class EarlyAnswers {

	private EarlyAnswers() {
	}

	/** An RFC 9457 problem detail (application/problem+json) with a status, an optional title and a detail. */
	public static String problem(int status, @Nullable String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("status", status);
		if (title != null) {
			problem.put("title", title);
		}
		problem.put("detail", detail);
		return JsonMapper.shared().writeValueAsString(problem);
	}

	/** Sets each header through {@code header} (name, value); HSTS only over HTTPS. */
	public static void apply(BiConsumer<String, String> header, boolean secure) {
		header.accept("Content-Security-Policy", WebSecurityConfiguration.CONTENT_SECURITY_POLICY);
		header.accept("X-Content-Type-Options", "nosniff");
		header.accept("X-Frame-Options", "DENY");
		header.accept("Referrer-Policy", "no-referrer");
		header.accept("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		header.accept("Pragma", "no-cache");
		header.accept("Expires", "0");
		header.accept("Permissions-Policy", WebSecurityConfiguration.PERMISSIONS_POLICY);
		header.accept("Cross-Origin-Opener-Policy", "same-origin");
		header.accept("Cross-Origin-Resource-Policy", "same-origin");
		if (secure) {
			header.accept("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
	}

}
