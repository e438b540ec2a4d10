package org.tandem.account.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.account.persistence.AccountRepository;

/** The account module's door ({@link Accounts}): reads from the accounts, changes through their services. */
@Service
@Transactional(readOnly = true)
class Directory implements Accounts {

	private final AccountRepository accounts;

	// looked up when used: both services send mail and audit, and need nothing of the door
	private final org.springframework.beans.factory.ObjectProvider<InvitationService> invitations;

	private final org.springframework.beans.factory.ObjectProvider<AccountService> roles;

	private final org.tandem.account.persistence.SecurityEvents audit;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Directory(AccountRepository accounts, org.springframework.beans.factory.ObjectProvider<InvitationService> invitations,
			org.springframework.beans.factory.ObjectProvider<AccountService> roles,
			org.tandem.account.persistence.SecurityEvents audit, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.invitations = invitations;
		this.roles = roles;
	}

	@Override
	@Transactional
	public UUID inviteByMail(UUID actorId, java.util.Set<org.tandem.platform.Role> actorRoles, String email,
			java.util.Set<org.tandem.platform.Role> roles, java.util.Locale locale, UUID mailOwner) {
		return invitations.getObject().inviteByMail(actorId, actorRoles, email, roles, locale, mailOwner);
	}

	@Override
	@Transactional
	public void withdrawInvitation(UUID actorId, java.util.Set<org.tandem.platform.Role> actorRoles, UUID invitationId) {
		invitations.getObject().withdraw(actorId, actorRoles, invitationId);
	}

	@Override
	@Transactional
	public void withdrawRole(UUID actorId, UUID accountId, org.tandem.platform.Role role) {
		roles.getObject().withdrawRole(actorId, accountId, role);
	}

	@Override
	@Transactional
	public void recordEngagementJoined(UUID accountId, UUID engagementId) {
		audit.record(SecurityEventKind.ENGAGEMENT_JOINED, accountId, accountId, engagementId.toString());
	}

	@Override
	@Transactional
	public UUID createPseudonymous(String pseudonym, String password) {
		return roles.getObject().createPseudonymous(pseudonym, password).id();
	}

	@Override
	@Transactional
	public void closePseudonymous(UUID accountId) {
		roles.getObject().closePseudonymous(accountId);
	}

	@Override
	public Optional<Person> findByUsername(String username) {
		return accounts.findByUsername(Account.normalizeUsername(username)).map(Directory::person);
	}

	@Override
	public Map<UUID, Person> byIds(Collection<UUID> ids) {
		// a page names the same few staff on many rows: each account is read once, and only the columns a person
		// shows (reading the whole account opened its sealed second factor under the account's key: a twentieth of
		// the staff queue's time)
		java.util.Set<UUID> wanted = java.util.Set.copyOf(ids);
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<UUID, java.util.Set<org.tandem.platform.Role>> roles = new java.util.HashMap<>();
		jdbc.sql("select account_id, role from account_role where account_id in (:ids)")
			.param("ids", wanted)
			.query((row, n) -> {
				roles.computeIfAbsent(row.getObject("account_id", UUID.class), id -> java.util.EnumSet.noneOf(
						org.tandem.platform.Role.class)).add(org.tandem.platform.Role.valueOf(row.getString("role")));
				return null;
			})
			.list();
		return jdbc.sql("select id, username, display_name, status from account where id in (:ids)")
			.param("ids", wanted)
			.query((row, n) -> {
				UUID id = row.getObject("id", UUID.class);
				return new Person(id, row.getString("username"), row.getString("display_name"),
						java.util.Set.copyOf(roles.getOrDefault(id, java.util.Set.of())),
						AccountStatus.valueOf(row.getString("status")) == AccountStatus.ACTIVE);
			})
			.list()
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	@Override
	public java.util.List<Person> activeWithRole(org.tandem.platform.Role role) {
		return java.util.stream.StreamSupport.stream(accounts.findAll().spliterator(), false)
			.map(Directory::person)
			.filter(p -> p.active() && p.roles().contains(role))
			.sorted(java.util.Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Override
	public java.util.List<String> addressesOf(org.tandem.platform.Role role) {
		return java.util.stream.StreamSupport.stream(accounts.findAll().spliterator(), false)
			.filter(a -> a.status() == AccountStatus.ACTIVE && a.roles().contains(role) && a.email() != null)
			.map(Account::email)
			.sorted()
			.toList();
	}

	@Override
	public Map<UUID, String> addressesOf(Collection<UUID> ids) {
		return accounts.findAllById(java.util.Set.copyOf(ids))
			.stream()
			.filter(a -> a.status() == AccountStatus.ACTIVE && a.email() != null)
			.collect(Collectors.toMap(Account::id, a -> java.util.Objects.requireNonNull(a.email())));
	}

	private static Person person(Account account) {
		return new Person(account.id(), account.username(), account.displayName(), account.roles(),
				account.status() == AccountStatus.ACTIVE);
	}

}
