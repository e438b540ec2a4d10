package org.tandem.platform;

import java.util.Set;

/**
 * A link a module adds to the signed-in navigation and dashboard, shown to people holding one of the roles
 * (or to everybody signed in when the set is empty).
 */
public record NavigationItem(int order, String messageKey, String path, Set<Role> roles) {

	public boolean visibleTo(Set<Role> held) {
		return roles.isEmpty() || roles.stream().anyMatch(held::contains);
	}

}
