package org.tandem.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.tandem.platform.Role;

/** What other modules may know about accounts: who someone is by name or id, and their roles. */
public interface AccountDirectory {

	Optional<Person> findByUsername(String username);

	Map<UUID, Person> byIds(Collection<UUID> ids);

	/** Active accounts holding the role, by display name. */
	java.util.List<Person> activeWithRole(Role role);

	/** The mail addresses of the active accounts holding the role (those that gave one), for notices. */
	java.util.List<String> addressesOf(Role role);

	/** An account as other modules see it. */
	record Person(UUID id, String username, String displayName, Set<Role> roles, boolean active) {
	}

}
