package org.tandem.platform.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute limit, however active it has been; the idle limit is the session
 * store's own time-out.
 */
final class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	private final Duration absoluteTimeout;

	AbsoluteSessionTimeoutFilter(Duration absoluteTimeout) {
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && System.currentTimeMillis() - session.getCreationTime() > absoluteTimeout.toMillis()) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
