package org.tandem.account.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tandem.account.domain.Account;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.platform.PrincipalLookup;
import org.tandem.platform.TandemPrincipal;

/** Finds the account behind a sign-in name, for sign-ins whose principal is not an {@link AccountUser}. */
@Component
class AccountPrincipalLookup implements PrincipalLookup {

	private final AccountRepository accounts;

	AccountPrincipalLookup(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<TandemPrincipal> byName(String name) {
		return accounts.findByUsername(Account.normalizeUsername(name))
			.filter(Account::active)
			.map(a -> new AccountUser(a.id(), a.username(), a.displayName(), a.demo(), null, List.of()));
	}

}
