package org.tandem.account;

import java.util.UUID;

import org.tandem.platform.Role;

/** Role changes other modules may make: the directory withdraws the provider role from an offboarded provider. */
public interface AccountRoles {

	/**
	 * Takes one role from an account (recorded in the security audit log, and the person is signed out everywhere
	 * so no session keeps it). Nothing happens if the account does not hold the role or does not exist.
	 */
	void withdrawRole(UUID actorId, UUID accountId, Role role);

}
