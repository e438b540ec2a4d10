package org.tandem.account.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.SecretTokens;
import org.tandem.account.persistence.LoginThrottle;
import org.tandem.platform.Factors;
import org.tandem.platform.TandemProperties;

/**
 * Password sign-in with a throttle per sign-in name: after too many failures within the window the name must wait,
 * whether or not an account has it. Unknown names still cost one Argon2id check (Spring's timing-attack mitigation),
 * and a disabled account fails like a wrong password, after the same check.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final TandemProperties properties;

	private final Clock clock;

	ThrottlingAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, TandemProperties properties, Clock clock) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.passwords.setUserDetailsPasswordService(users);
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
	}

	static String key(String username) {
		return SecretTokens.digest("sign-in:" + Account.normalizeUsername(username));
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String name = String.valueOf(authentication.getName());
		String key = key(name);
		Instant now = clock.instant();
		if (name.length() > 200 || String.valueOf(authentication.getCredentials()).length() > 1024) {
			throw new BadCredentialsException("too long");
		}
		if (throttle.blockedUntil(key, now).isPresent()) {
			throw new LockedException("throttled");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			if (result.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Factors.DISABLED))) {
				throw new BadCredentialsException("disabled");
			}
			throttle.clear(key);
			return result;
		}
		catch (BadCredentialsException failed) {
			var limits = properties.login();
			if (throttle.recordFailure(key, now, limits.maxFailures(), limits.window(), limits.lockout())) {
				throw new LockedException("throttled");
			}
			throw failed;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
