package org.tandem.account;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.tandem.platform.Role;

/**
 * Invitations other modules may send: the directory invites a provider it has started to review. When the person
 * accepts, {@link InvitationAccepted} is published in the transaction that created their account.
 */
public interface AccountInvitations {

	/**
	 * Invites {@code email} to an account with {@code roles}, mailing the one-time link in {@code locale}; the actor
	 * must be allowed to grant the roles. The address is used for the mail only, never stored with the invitation;
	 * the mail is queued on behalf of {@code mailOwner}, so that owner's purge takes it back while unsent. Returns the
	 * invitation's id.
	 */
	UUID inviteByMail(UUID actorId, Set<Role> actorRoles, String email, Set<Role> roles, Locale locale, UUID mailOwner);

	/** Withdraws an invitation that was not used yet (nothing happens if it was used, expired or withdrawn). */
	void withdraw(UUID actorId, Set<Role> actorRoles, UUID invitationId);

}
