package org.tandem.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.tandem.platform.Role;

/**
 * The account module's door: what other modules may know about accounts (who someone is by name or id, their roles,
 * who holds a role) and the changes they may ask for: invite someone (the directory invites a provider it has started
 * to review; when the person accepts, {@link InvitationAccepted} is published in the transaction that created their
 * account), withdraw an invitation, take a role away (the directory offboards a provider).
 */
public interface Accounts {

	Optional<Person> findByUsername(String username);

	/**
	 * Records in the security audit log, in the caller's transaction, that a staff member made themselves a
	 * participant of an engagement they were not assigned to (the detail is the engagement's id, nothing of its
	 * content).
	 */
	void recordEngagementJoined(UUID accountId, UUID engagementId);

	Map<UUID, Person> byIds(Collection<UUID> ids);

	/** Active accounts holding the role, by display name. */
	java.util.List<Person> activeWithRole(Role role);

	/** The mail addresses of the active accounts holding the role (those that gave one), for notices. */
	java.util.List<String> addressesOf(Role role);

	/** The mail addresses of these accounts, for those that are active and gave one (engagements' check-ins). */
	Map<UUID, String> addressesOf(Collection<UUID> ids);

	/**
	 * Invites {@code email} to an account with {@code roles}, mailing the one-time link in {@code locale}; the actor
	 * must be allowed to grant the roles. The address is used for the mail only, never stored with the invitation;
	 * the mail is queued on behalf of {@code mailOwner}, so that owner's purge takes it back while unsent. Returns the
	 * invitation's id.
	 */
	UUID inviteByMail(UUID actorId, Set<Role> actorRoles, String email, Set<Role> roles, java.util.Locale locale,
			UUID mailOwner);

	/** Withdraws an invitation that was not used yet (nothing happens if it was used, expired or withdrawn). */
	void withdrawInvitation(UUID actorId, Set<Role> actorRoles, UUID invitationId);

	/**
	 * Takes one role from an account (recorded in the security audit log, and the person is signed out everywhere
	 * so no session keeps it). Nothing happens if the account does not hold the role or does not exist.
	 */
	void withdrawRole(UUID actorId, UUID accountId, Role role);

	/**
	 * An account for a pseudonym (an anonymous requester's workspace, ADR 0017): the pseudonym is its user and
	 * display name, it holds the organization-member role, has no mail address and is checked against the password
	 * policy as every account is. Refused with {@link org.tandem.platform.InvalidInput} on field {@code pseudonym}
	 * (taken, or not a user name) or {@code password}. Recorded in the security audit log. Returns the account's id.
	 */
	UUID createPseudonymous(String pseudonym, String password);

	/**
	 * Disables a pseudonymous account whose workspace never opened, signing it out everywhere (recorded in the
	 * security audit log as its own act). Nothing happens to an account that is not pseudonymous or already disabled.
	 */
	void closePseudonymous(UUID accountId);

	/** An account as other modules see it. */
	record Person(UUID id, String username, String displayName, Set<Role> roles, boolean active) {
	}

}
