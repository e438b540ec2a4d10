package org.tandem.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.tandem.platform.Factors;

/**
 * Someone who has given a password but not yet a second factor is sent to give (or enroll) one; anybody else who is
 * refused sees the 403 page.
 */
final class SecondFactorAccessDeniedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException)) {
			var state = Factors.stateOf(SecurityContextHolder.getContext().getAuthentication());
			String target = switch (state) {
				case NEEDS_SECOND_FACTOR -> Factors.SECOND_FACTOR_PATH;
				case NEEDS_ENROLLMENT -> Factors.ENROLL_PATH;
				default -> null;
			};
			if (target != null && !request.getRequestURI().equals(request.getContextPath() + target)) {
				response.sendRedirect(request.getContextPath() + target);
				return;
			}
		}
		forbidden.handle(request, response, denied);
	}

}
