package org.tandem.platform.security;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.tandem.platform.Role;

/** Rules for the JSON API: a token must carry the scope, and its owner must still hold the role. */
final class ApiScopes {

	private ApiScopes() {
	}

	static String authority(String scope) {
		return "SCOPE_" + scope;
	}

	static AuthorizationManager<RequestAuthorizationContext> scopeAndRole(String scope, Role role) {
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority(authority(scope)),
				AuthorityAuthorizationManager.hasAuthority(role.authority()));
	}

}
