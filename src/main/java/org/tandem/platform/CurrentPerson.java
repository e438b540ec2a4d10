package org.tandem.platform;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The signed-in person, whichever way they signed in. Controllers simply declare a {@link TandemPrincipal}
 * parameter; this resolves it.
 */
@Component
public class CurrentPerson implements HandlerMethodArgumentResolver {

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
		return lookup.byName(authentication.getName());
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
