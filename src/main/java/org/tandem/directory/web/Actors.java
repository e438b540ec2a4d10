package org.tandem.directory.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.directory.domain.Vetting;
import org.tandem.platform.Role;
import org.tandem.platform.TandemPrincipal;

/** The signed-in person with the roles their account holds now (not those of when they signed in). */
@Component
class Actors {

	private final Accounts accounts;

	Actors(Accounts accounts) {
		this.accounts = accounts;
	}

	Vetting.Actor of(TandemPrincipal principal) {
		var person = accounts.byIds(List.of(principal.accountId())).get(principal.accountId());
		Set<Role> roles = person == null || !person.active() ? Set.of() : person.roles();
		return new Vetting.Actor(principal.accountId(), roles);
	}

}
