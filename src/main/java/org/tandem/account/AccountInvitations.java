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
	 * must be allowed to grant the roles. Returns the invitation's id.
	 */
	UUID inviteByMail(UUID actorId, Set<Role> actorRoles, String email, Set<Role> roles, Locale locale);

}
