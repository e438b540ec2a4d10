package org.tandem.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.platform.ApiTokenAuthenticator;

/** Reads {@code Authorization: Bearer <token>} and signs the request in for its duration only. */
final class AccessTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenAuthenticator tokens;

	AccessTokenFilter(ApiTokenAuthenticator tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String token = header.substring(BEARER.length()).trim();
			tokens.authenticate(token).ifPresent(authentication -> {
				var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
				context.setAuthentication(authentication);
				SecurityContextHolder.getContextHolderStrategy().setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

}
