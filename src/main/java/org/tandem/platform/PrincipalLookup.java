package org.tandem.platform;

import java.util.Optional;

/**
 * Finds the person behind a sign-in name. Needed because some sign-ins (passkeys) carry Spring Security's own
 * principal type rather than a {@link TandemPrincipal}; the account module implements it.
 */
public interface PrincipalLookup {

	Optional<TandemPrincipal> byName(String name);

}
