package org.tandem.platform.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Wraps Spring Session's filter so that the {@link SharedSessionRepository} reads a session at most once per request:
 * that filter saves the session when the response is committed and again at the end, and looks it up in between.
 */
final class SessionRequestScope implements Filter, Ordered {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		boolean opened = SharedSessionRepository.openRequest();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (opened) {
				SharedSessionRepository.closeRequest();
			}
		}
	}

	@Override
	public int getOrder() {
		return SessionRepositoryFilter.DEFAULT_ORDER - 1;
	}

}
