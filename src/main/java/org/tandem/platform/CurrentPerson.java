package org.tandem.platform;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The signed-in person, whichever way they signed in. Controllers simply declare a {@link TandemPrincipal}
 * parameter; this resolves it. A sign-in that carries Spring Security's own principal (passkeys) is looked up in
 * the database once per request.
 */
@Component
public class CurrentPerson implements HandlerMethodArgumentResolver {

	private static final String LOOKED_UP = CurrentPerson.class.getName() + ".lookedUp.";

	private final PrincipalLookup lookup;

	CurrentPerson(PrincipalLookup lookup) {
		this.lookup = lookup;
	}

	public Optional<TandemPrincipal> of(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof TandemPrincipal principal) {
			return Optional.of(principal);
		}
		if (Factors.stateOf(authentication) == Factors.SignInState.ANONYMOUS) {
			return Optional.empty();
		}
		// Looked up once per request: the layout and the controller both ask.
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return lookup.byName(authentication.getName());
		}
		String key = LOOKED_UP + authentication.getName();
		@SuppressWarnings("unchecked")
		Optional<TandemPrincipal> known = (Optional<TandemPrincipal>) request.getAttribute(key,
				RequestAttributes.SCOPE_REQUEST);
		if (known == null) {
			known = lookup.byName(authentication.getName());
			request.setAttribute(key, known, RequestAttributes.SCOPE_REQUEST);
		}
		return known;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return TandemPrincipal.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		return of(SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
	}

}
