package org.tandem.platform.security;

import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/** The response headers every route carries (checked route by route in RouteSecurityWebTests). */
final class SecurityHeaders {

	private SecurityHeaders() {
	}

	static void apply(HeadersConfigurer<?> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(WebSecurityConfiguration.CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions(frames -> frames.deny())
			.contentTypeOptions(options -> {
			})
			.cacheControl(cache -> {
			})
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", WebSecurityConfiguration.PERMISSIONS_POLICY))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin"));
	}

}
