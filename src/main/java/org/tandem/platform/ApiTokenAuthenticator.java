package org.tandem.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns the bearer token of a JSON API call into an authentication. The account module implements it; the platform's
 * API filter chain calls it without knowing how tokens are stored.
 */
public interface ApiTokenAuthenticator {

	/** The authentication the token stands for, or empty when it is unknown, expired or revoked. */
	Optional<Authentication> authenticate(String token);

}
