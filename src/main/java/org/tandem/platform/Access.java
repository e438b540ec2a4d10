package org.tandem.platform;

import java.util.Arrays;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Authorization rules that every module's pages use. */
public final class Access {

	private Access() {
	}

	/** Signed in with every factor the account needs. */
	public static AuthorizationManager<RequestAuthorizationContext> complete() {
		return new StateRule(Factors.SignInState.COMPLETE);
	}

	/** Signed in with every factor the account needs, and holding one of the roles. */
	public static AuthorizationManager<RequestAuthorizationContext> completeWithAnyRole(Role... roles) {
		String[] names = Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
		return AuthorizationManagers.allOf(complete(), AuthorityAuthorizationManager.hasAnyAuthority(names));
	}

	/** Signed in far enough to enroll a first second factor, or completely. */
	public static AuthorizationManager<RequestAuthorizationContext> mayEnroll() {
		return new StateRule(Factors.SignInState.NEEDS_ENROLLMENT, Factors.SignInState.COMPLETE);
	}

	/** For the JSON API: the token carries the scope, and its owner still holds the role. */
	public static AuthorizationManager<RequestAuthorizationContext> scopeAndRole(String scope, Role role) {
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_" + scope),
				AuthorityAuthorizationManager.hasAuthority(role.authority()));
	}

	/** For the JSON API: the token carries the scope, and its owner still holds one of the roles. */
	public static AuthorizationManager<RequestAuthorizationContext> scopeAndAnyRole(String scope, Role... roles) {
		String[] names = Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_" + scope),
				AuthorityAuthorizationManager.hasAnyAuthority(names));
	}

	/** Password given, second factor still to come. */
	public static AuthorizationManager<RequestAuthorizationContext> awaitingSecondFactor() {
		return new StateRule(Factors.SignInState.NEEDS_SECOND_FACTOR);
	}

	private record StateRule(Factors.SignInState... allowed) implements AuthorizationManager<RequestAuthorizationContext> {

		@Override
		public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
				RequestAuthorizationContext context) {
			Factors.SignInState state = Factors.stateOf(authentication.get());
			return new AuthorizationDecision(Arrays.asList(allowed).contains(state));
		}

	}

}
