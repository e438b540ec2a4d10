package org.tandem.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.tandem.platform.Factors;
import org.tandem.platform.TandemProperties;

/** After the password: on to the second factor, to enrollment, or to where the person was going. */
@Component
class SignInSuccessHandler implements AuthenticationSuccessHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler complete = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccessHandler(TandemProperties properties) {
		complete.setRequestCache(CookieNames.requestCache(properties));
		complete.setDefaultTargetUrl("/dashboard");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		switch (Factors.stateOf(authentication)) {
			case NEEDS_SECOND_FACTOR -> response.sendRedirect(request.getContextPath() + Factors.SECOND_FACTOR_PATH);
			case NEEDS_ENROLLMENT -> response.sendRedirect(request.getContextPath() + Factors.ENROLL_PATH);
			default -> complete.onAuthenticationSuccess(request, response, authentication);
		}
	}

}
