package org.tandem.account.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.SecondFactorService;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.platform.Factors;

/**
 * Who may register a passkey: someone completely signed in, or someone still waiting for a first factor, as long as
 * the account really has none yet. The second case is checked against the database, because a factor may have been
 * enrolled in another session since this one gave its password.
 */
@Component
class EnrollmentAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final AccountRepository accounts;

	private final SecondFactorService secondFactors;

	EnrollmentAccess(AccountRepository accounts, SecondFactorService secondFactors) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
	}

	@Override
	public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		return switch (Factors.stateOf(current)) {
			case COMPLETE -> new AuthorizationDecision(true);
			case NEEDS_ENROLLMENT -> new AuthorizationDecision(accounts.findByUsername(Account.normalizeUsername(current.getName()))
				.map(account -> !secondFactors.enrolled(account))
				.orElse(false));
			default -> new AuthorizationDecision(false);
		};
	}

}
