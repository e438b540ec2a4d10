package org.tandem.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tandem never learns where a request came from: before any other filter runs, the requester's address is replaced
 * by {@value #UNKNOWN}, so no component (sign-in details, sessions, error pages, logs at any level) can keep it.
 * The headers a proxy forwards it in are hidden too. Sign-in throttling counts per name; the public request pages
 * count per {@link org.tandem.platform.RequesterKey}, a keyed hash of the address under a salt that changes daily
 * and is shared by every instance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequesterAddressFilter extends OncePerRequestFilter {

	private final org.tandem.platform.SharedSecrets salts;

	RequesterAddressFilter(org.tandem.platform.SharedSecrets salts) {
		this.salts = salts;
	}

	static final String UNKNOWN = "0.0.0.0";

	/** Headers through which a proxy passes the address on; read by Tomcat's remote-IP valve, hidden from Tandem. */
	private static final java.util.Set<String> FORWARDING = java.util.Set.of("x-forwarded-for", "forwarded", "x-real-ip");

	/** Error pages and asynchronous dispatches must not see the address either. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(org.tandem.platform.RequesterKey.class.getName()) == null) {
			org.tandem.platform.RequesterKey.remember(request, request.getRemoteAddr(), salts);
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getRemoteAddr() {
				return UNKNOWN;
			}

			@Override
			public String getRemoteHost() {
				return UNKNOWN;
			}

			@Override
			public int getRemotePort() {
				return 0;
			}

			@Override
			public String getHeader(String name) {
				return FORWARDING.contains(name.toLowerCase(java.util.Locale.ROOT)) ? null : super.getHeader(name);
			}

			@Override
			public java.util.Enumeration<String> getHeaders(String name) {
				return FORWARDING.contains(name.toLowerCase(java.util.Locale.ROOT)) ? java.util.Collections.emptyEnumeration()
						: super.getHeaders(name);
			}

			@Override
			public java.util.Enumeration<String> getHeaderNames() {
				return java.util.Collections.enumeration(java.util.Collections.list(super.getHeaderNames())
					.stream()
					.filter(h -> !FORWARDING.contains(h.toLowerCase(java.util.Locale.ROOT)))
					.toList());
			}
		}, response);
	}

}
