package org.tandem.account.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.SecurityEventKind;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.Factors;
import org.tandem.platform.TandemPrincipal;

/** Writes sign-ins, failures and sign-outs to the audit log, by account id only. */
@Component
class SignInAuditListener {

	private final SecurityEvents events;

	private final AccountRepository accounts;

	SignInAuditListener(SecurityEvents events, AccountRepository accounts) {
		this.events = events;
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		UUID accountId = success.getAuthentication().getPrincipal() instanceof TandemPrincipal principal
				? principal.accountId() : accountOf(String.valueOf(success.getAuthentication().getName()));
		if (accountId != null) {
			boolean passkey = success.getAuthentication()
				.getAuthorities()
				.stream()
				.anyMatch(a -> a.getAuthority().equals(Factors.PASSKEY));
			events.recordAlone(SecurityEventKind.SIGN_IN, accountId, passkey ? "passkey" : "password");
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		UUID accountId = accountOf(String.valueOf(failure.getAuthentication().getName()));
		boolean throttled = failure.getException() instanceof LockedException;
		events.recordAlone(throttled ? SecurityEventKind.SIGN_IN_THROTTLED : SecurityEventKind.SIGN_IN_FAILED, accountId,
				null);
	}

	@EventListener
	void on(LogoutSuccessEvent logout) {
		if (logout.getAuthentication().getPrincipal() instanceof TandemPrincipal principal) {
			events.recordAlone(SecurityEventKind.SIGN_OUT, principal.accountId(), null);
		}
	}

	private @Nullable UUID accountOf(String username) {
		if (username.length() > 64) {
			return null;
		}
		return accounts.findByUsername(Account.normalizeUsername(username)).map(Account::id).orElse(null);
	}

}
