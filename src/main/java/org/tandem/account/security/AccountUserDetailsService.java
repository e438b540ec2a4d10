package org.tandem.account.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.SecondFactorService;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.platform.Factors;

/**
 * Loads an account for sign-in with its roles and two markers: whether a second factor is enrolled, and whether the
 * roles require one. Disabled accounts load too; they are refused after the password check, so a disabled account
 * answers like a wrong password and takes as long.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	private final SecondFactorService secondFactors;

	AccountUserDetailsService(AccountRepository accounts, SecondFactorService secondFactors) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(Account.normalizeUsername(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return toUser(account);
	}

	/** Re-hashes a password at sign-in when the stored hash used weaker Argon2id parameters than today's. */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
		if (newPassword == null) {
			return user;
		}
		var account = accounts.findByUsername(Account.normalizeUsername(user.getUsername()));
		if (account.isEmpty()) {
			return user;
		}
		account.get().changePassword(newPassword);
		return toUser(accounts.save(account.get()));
	}

	AccountUser toUser(Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		if (secondFactors.enrolled(account)) {
			authorities.add(new SimpleGrantedAuthority(Factors.ENROLLED));
		}
		if (account.secondFactorRequired()) {
			authorities.add(new SimpleGrantedAuthority(Factors.REQUIRED));
		}
		if (!account.active()) {
			authorities.add(new SimpleGrantedAuthority(Factors.DISABLED));
		}
		return new AccountUser(account.id(), account.username(), account.displayName(), account.demo(),
				account.passwordHash(), authorities);
	}

}
