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
 * Nothing in Tandem needs it: sign-in throttling counts per name, not per address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequesterAddressFilter extends OncePerRequestFilter {

	static final String UNKNOWN = "0.0.0.0";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
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
		}, response);
	}

}
