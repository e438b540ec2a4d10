package org.tandem.account.domain;

import org.tandem.platform.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationEventPublisher;
import org.tandem.account.InvitationAccepted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.persistence.AccessTokens;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.account.persistence.Invitations;
import org.tandem.account.persistence.OneTimeLinks;
import org.tandem.account.persistence.Passkeys;
import org.tandem.account.persistence.RecoveryCodes;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/** Creating accounts (first administrator, accepted invitation) and what administrators change on them. */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final Invitations invitations;

	private final OneTimeLinks links;

	private final RecoveryCodes recoveryCodes;

	private final Passkeys passkeys;

	private final AccessTokens accessTokens;

	private final SecurityEvents events;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SignedOutEverywhere signOut;

	private final Clock clock;

	private final ApplicationEventPublisher published;

	AccountService(AccountRepository accounts, Invitations invitations, OneTimeLinks links,
			RecoveryCodes recoveryCodes, Passkeys passkeys, AccessTokens accessTokens, SecurityEvents events,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, SignedOutEverywhere signOut, Clock clock,
			ApplicationEventPublisher published) {
		this.published = published;
		this.accounts = accounts;
		this.invitations = invitations;
		this.links = links;
		this.recoveryCodes = recoveryCodes;
		this.passkeys = passkeys;
		this.accessTokens = accessTokens;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.signOut = signOut;
		this.clock = clock;
	}

	public boolean anyAccount() {
		return accounts.countAll() > 0;
	}

	public Optional<Account> find(UUID id) {
		return accounts.findById(id);
	}

	public Account get(UUID id) {
		return accounts.findById(id).orElseThrow(NotFoundException::new);
	}

	public Optional<Account> findByUsername(String username) {
		return accounts.findByUsername(Account.normalizeUsername(username));
	}

	/**
	 * A page of 50 accounts by user name, after the given one (the first page when empty), with one more to say
	 * whether another page follows: read on the user name's index, the same cost at any depth.
	 */
	public List<Account> pageAfter(String username) {
		return username.isEmpty() ? accounts.firstByUsername() : accounts.afterUsername(username);
	}

	/** A page of 50 accounts from the user name as typed (normalized as sign-in names are), it included. */
	public List<Account> pageFrom(String typed) {
		return accounts.fromUsername(Account.normalizeUsername(typed));
	}

	/** Whether the set-up link can still create the first administrator. */
	public boolean setupOpen(String setupToken) {
		return !anyAccount() && links.setupTokenMatches(SecretTokens.digest(setupToken));
	}

	/** The first administrator, through the one-time link printed on first start. */
	@Transactional
	public Account createFirstAdministrator(String setupToken, NewAccount details) {
		String hash = SecretTokens.digest(setupToken);
		if (anyAccount() || !links.setupTokenMatches(hash)) {
			throw new InvalidInput("token", "setup.invalid");
		}
		Account account = create(details, Set.of(Role.ADMIN), false);
		if (!links.useSetupToken(hash)) {
			throw new InvalidInput("token", "setup.invalid");
		}
		events.record(SecurityEventKind.SETUP_COMPLETED, account.id(), account.id(), null);
		events.record(SecurityEventKind.ROLE_GRANTED, account.id(), account.id(), Role.ADMIN.name());
		return account;
	}

	/** A new account through an invitation, with the invitation's roles; the invitation is used up. */
	@Transactional
	public Account acceptInvitation(String token, NewAccount details) {
		Instant now = clock.instant();
		var invitation = invitations.findOpen(SecretTokens.digest(token), now)
			.orElseThrow(() -> new InvalidInput("token", "invitation.invalid"));
		Account account = create(details, invitation.roles(), false);
		if (!invitations.accept(invitation.id(), account.id(), now)) {
			throw new InvalidInput("token", "invitation.invalid");
		}
		events.record(SecurityEventKind.INVITATION_ACCEPTED, account.id(), account.id(), invitation.id().toString());
		published.publishEvent(new InvitationAccepted(invitation.id(), account.id()));
		for (Role role : invitation.roles()) {
			events.record(SecurityEventKind.ROLE_GRANTED, account.id(), invitation.createdBy(), role.name());
		}
		return account;
	}

	/** Demo accounts, marked as such everywhere they appear. */
	@Transactional
	public Account createDemo(NewAccount details, Set<Role> roles) {
		return create(details, roles, true);
	}

	/** A pseudonym's account (see {@link org.tandem.account.Accounts#createPseudonymous}). */
	@Transactional
	public Account createPseudonymous(String pseudonym, String password) {
		String name = pseudonym.strip();
		if (name.length() < 3 || name.length() > 64 || !USERNAME.matcher(name).matches()) {
			throw new InvalidInput("pseudonym", "account.username.pattern");
		}
		if (accounts.findByUsername(Account.normalizeUsername(name)).isPresent()) {
			throw new InvalidInput("pseudonym", "account.usernameTaken");
		}
		checkPassword(password, name);
		Account account = accounts.save(Account.create(name, name, null, passwordEncoder.encode(password),
				Set.of(Role.ORG_MEMBER), false, clock.instant()));
		events.record(SecurityEventKind.PSEUDONYM_CREATED, account.id(), account.id(), null);
		events.record(SecurityEventKind.ROLE_GRANTED, account.id(), account.id(), Role.ORG_MEMBER.name());
		return account;
	}

	/** Disables a pseudonym's account whose workspace never opened (an account with a mail address is left). */
	@Transactional
	public void closePseudonymous(UUID accountId) {
		accounts.findById(accountId)
			.filter(a -> a.email() == null && a.active() && a.roles().equals(Set.of(Role.ORG_MEMBER)))
			.ifPresent(account -> {
				account.disable();
				accessTokens.revokeAll(accountId, clock.instant());
				accounts.save(account);
				events.record(SecurityEventKind.ACCOUNT_DISABLED, accountId, accountId, null);
				signOut.signOut(account.username());
			});
	}

	/** The characters a user name may have (as the account forms ask). */
	private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("^[A-Za-z0-9._-]+$");

	private Account create(NewAccount details, Set<Role> roles, boolean demo) {
		String username = Account.normalizeUsername(details.username());
		if (accounts.findByUsername(username).isPresent()) {
			throw new InvalidInput("username", "account.usernameTaken");
		}
		checkPassword(details.password(), details.username(), details.displayName(), details.email());
		Account account = Account.create(username, details.displayName(), details.email(),
				passwordEncoder.encode(details.password()), roles, demo, clock.instant());
		return accounts.save(account);
	}

	public void checkPassword(String password, String... personalWords) {
		List<String> words = java.util.Arrays.stream(personalWords).filter(java.util.Objects::nonNull).toList();
		passwordPolicy.check(password, words).ifPresent(key -> {
			throw new InvalidInput("password", key);
		});
	}

	/** Changes the password and ends the account's other sessions (a stolen session must not survive it). */
	@Transactional
	public void changePassword(UUID accountId, String currentPassword, String newPassword, String currentSessionId) {
		Account account = get(accountId);
		if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInput("currentPassword", "password.currentWrong");
		}
		checkPassword(newPassword, account.username(), account.displayName(), account.email());
		account.changePassword(passwordEncoder.encode(newPassword));
		accounts.save(account);
		events.record(SecurityEventKind.PASSWORD_CHANGED, accountId, accountId, null);
		signOut.signOutOthers(account.username(), currentSessionId);
	}

	/** Changes roles and signs the person out everywhere, so no session keeps roles they no longer hold. */
	@Transactional
	public void changeRoles(UUID actorId, UUID accountId, Set<Role> roles) {
		Account account = get(accountId);
		if (actorId.equals(accountId) && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			throw new InvalidInput("roles", "admin.roles.keepOwnAdmin");
		}
		var change = account.changeRoles(roles);
		accounts.save(account);
		change.granted().forEach(r -> events.record(SecurityEventKind.ROLE_GRANTED, accountId, actorId, r.name()));
		change.revoked().forEach(r -> events.record(SecurityEventKind.ROLE_REVOKED, accountId, actorId, r.name()));
		if (!change.granted().isEmpty() || !change.revoked().isEmpty()) {
			signOut.signOut(account.username());
		}
	}

	@Transactional
	public void withdrawRole(UUID actorId, UUID accountId, Role role) {
		accounts.findById(accountId).filter(a -> a.roles().contains(role)).ifPresent(account -> {
			Set<Role> kept = java.util.EnumSet.noneOf(Role.class);
			kept.addAll(account.roles());
			kept.remove(role);
			changeRoles(actorId, accountId, kept);
		});
	}

	@Transactional
	public void setActive(UUID actorId, UUID accountId, boolean active) {
		Account account = get(accountId);
		if (actorId.equals(accountId) && !active) {
			throw new InvalidInput("status", "admin.status.notSelf");
		}
		if (active == account.active()) {
			return;
		}
		if (active) {
			account.enable();
		}
		else {
			account.disable();
			accessTokens.revokeAll(accountId, clock.instant());
		}
		accounts.save(account);
		events.record(active ? SecurityEventKind.ACCOUNT_ENABLED : SecurityEventKind.ACCOUNT_DISABLED, accountId,
				actorId, null);
		if (!active) {
			signOut.signOut(account.username());
		}
	}

	/**
	 * For someone who lost every second factor: removes them all, so the next sign-in asks to enroll anew. An
	 * administrator does this after confirming who is asking, outside Tandem.
	 */
	@Transactional
	public void resetSecondFactors(UUID actorId, UUID accountId) {
		Account account = get(accountId);
		account.removeTotp();
		accounts.save(account);
		passkeys.deleteAll(account.username());
		recoveryCodes.deleteAll(accountId);
		events.record(SecurityEventKind.SECOND_FACTORS_RESET, accountId, actorId, null);
		signOut.signOut(account.username());
	}

	/** What a new account needs. */
	public record NewAccount(String username, String displayName, @Nullable String email, String password) {
	}

}
