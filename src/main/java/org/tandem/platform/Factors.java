package org.tandem.platform;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The authentication factors Tandem knows and how far a signed-in person has come.
 *
 * <p>Password and passkey factors are the ones Spring Security grants itself; TOTP and recovery codes are Tandem's
 * own factors, granted as {@link FactorGrantedAuthority} too so the same rules read them. Two marker authorities,
 * loaded with the account, tell whether a second factor is enrolled and whether the account's roles require one.
 */
public final class Factors {

	public static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;

	public static final String PASSKEY = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;

	public static final String TOTP = "FACTOR_TOTP";

	public static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";

	/** The account has at least one second factor (TOTP or passkey). */
	public static final String ENROLLED = "MFA_ENROLLED";

	/** The account holds a role for which a second factor is mandatory. */
	public static final String REQUIRED = "MFA_REQUIRED";

	/** The account is disabled: such a sign-in never counts (a passkey alone must not open it either). */
	public static final String DISABLED = "ACCOUNT_DISABLED";

	public static final String SECOND_FACTOR_PATH = "/login/second-factor";

	public static final String ENROLL_PATH = "/account/security/enroll";

	private Factors() {
	}

	/** Where a sign-in stands. */
	public enum SignInState {
		/** Not signed in at all. */
		ANONYMOUS,
		/** Password given; a second factor is enrolled and must be given now. */
		NEEDS_SECOND_FACTOR,
		/** Password given; the account's roles need a second factor that is not enrolled yet. */
		NEEDS_ENROLLMENT,
		/** Fully signed in. */
		COMPLETE
	}

	public static SignInState stateOf(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return SignInState.ANONYMOUS;
		}
		Set<String> authorities = names(authentication.getAuthorities());
		if (authorities.contains(DISABLED)) {
			return SignInState.ANONYMOUS;
		}
		if (authorities.contains(PASSKEY) || authorities.contains(TOTP) || authorities.contains(RECOVERY_CODE)) {
			return SignInState.COMPLETE;
		}
		if (!authorities.contains(PASSWORD)) {
			// Fails closed: a sign-in that proved no factor Tandem knows never counts (API tokens have their own
			// filter chain and rules).
			return SignInState.ANONYMOUS;
		}
		if (authorities.contains(ENROLLED)) {
			return SignInState.NEEDS_SECOND_FACTOR;
		}
		return authorities.contains(REQUIRED) ? SignInState.NEEDS_ENROLLMENT : SignInState.COMPLETE;
	}

	public static GrantedAuthority factor(String authority) {
		return FactorGrantedAuthority.fromAuthority(authority);
	}

	private static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
