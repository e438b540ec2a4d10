package org.tandem.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Shows the sign-in page again with the name the person typed and one of two messages: "wrong name or password" for
 * every failure, or "wait" when the name is throttled. Both answers are the same for known and unknown names.
 * The page is rendered by forwarding, so no session is needed to carry the error.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String ERROR_ATTRIBUTE = "tandem.signInError";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		request.setAttribute(ERROR_ATTRIBUTE, exception instanceof LockedException ? "login.error.throttled"
				: "login.error.credentials");
		request.getRequestDispatcher("/login/failed").forward(request, response);
	}

}
