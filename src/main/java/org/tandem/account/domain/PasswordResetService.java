package org.tandem.account.domain;

import org.tandem.platform.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.account.persistence.OneTimeLinks;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.TandemProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Password resets by mailed link. The answer to a request is the same whether or not an account matches, and a reset
 * changes only the password: signing in afterwards still needs the second factor.
 */
@Service
public class PasswordResetService {

	static final int MAX_OPEN_LINKS = 3;

	private final AccountRepository accounts;

	private final OneTimeLinks links;

	private final SecurityEvents events;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final PasswordEncoder passwordEncoder;

	private final AccountService accountService;

	private final SignedOutEverywhere signOut;

	private final TandemProperties properties;

	private final AbsoluteLinks absoluteLinks;

	private final Clock clock;

	PasswordResetService(AccountRepository accounts, OneTimeLinks links, SecurityEvents events, MailOutbox mail,
			MessageSource messages, PasswordEncoder passwordEncoder, AccountService accountService,
			SignedOutEverywhere signOut, TandemProperties properties, AbsoluteLinks absoluteLinks, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.events = events;
		this.mail = mail;
		this.messages = messages;
		this.passwordEncoder = passwordEncoder;
		this.accountService = accountService;
		this.signOut = signOut;
		this.properties = properties;
		this.absoluteLinks = absoluteLinks;
		this.clock = clock;
	}

	/** Mails a link to the account matching the name or address, if there is one with an address. */
	@Transactional
	public void request(String nameOrEmail, Locale locale) {
		String key = nameOrEmail.strip().toLowerCase(Locale.ROOT);
		List<Account> matches = key.contains("@") ? accounts.findByEmail(key)
				: accounts.findByUsername(key).stream().toList();
		for (Account account : matches) {
			Instant now = clock.instant();
			// At most a few working links at a time: nobody can flood an inbox through this form.
			if (!account.active() || account.email() == null
					|| links.openPasswordResets(account.id(), now) >= MAX_OPEN_LINKS) {
				continue;
			}
			String token = SecretTokens.newToken();
			links.insertPasswordReset(SecretTokens.digest(token), account.id(),
					now.plus(properties.links().passwordResetTtl()));
			events.record(SecurityEventKind.PASSWORD_RESET_REQUESTED, account.id(), null, null);
			mail.enqueue(account.email(),
					messages.getMessage("mail.reset.subject", new Object[] { properties.hubName() }, locale),
					messages.getMessage("mail.reset.body", new Object[] { properties.hubName(),
							absoluteLinks.forMail("/password-reset/" + token), properties.links().passwordResetTtl().toMinutes() },
							locale),
					account.id());
		}
	}

	public boolean isOpen(String token) {
		return links.findOpenPasswordReset(SecretTokens.digest(token), clock.instant()).isPresent();
	}

	/** Sets the new password, uses up the link and signs the person out everywhere. */
	@Transactional
	public void reset(String token, String newPassword) {
		String hash = SecretTokens.digest(token);
		Instant now = clock.instant();
		UUID accountId = links.findOpenPasswordReset(hash, now)
			.orElseThrow(() -> new InvalidInput("token", "reset.invalid"));
		Account account = accounts.findById(accountId).orElseThrow(() -> new InvalidInput("token", "reset.invalid"));
		accountService.checkPassword(newPassword, account.username(), account.displayName(), account.email());
		if (!links.usePasswordReset(hash, accountId, now)) {
			throw new InvalidInput("token", "reset.invalid");
		}
		account.changePassword(passwordEncoder.encode(newPassword));
		accounts.save(account);
		events.record(SecurityEventKind.PASSWORD_RESET, accountId, accountId, null);
		signOut.signOut(account.username());
	}

	@Scheduled(cron = "0 17 * * * *")
	@SchedulerLock(name = "password-reset-cleanup")
	@Transactional
	public void deleteExpired() {
		links.deleteExpiredPasswordResets(clock.instant());
	}

}
