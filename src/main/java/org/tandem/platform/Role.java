package org.tandem.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do in Tandem. One person may hold several roles. Administrators, hub staff and providers must
 * use a second factor; for the others it is optional.
 */
public enum Role {

	ADMIN(true), STAFF(true), ADVISORY(false), PROVIDER(true), ORG_MEMBER(false), PRACTITIONER(false);

	private final boolean secondFactorRequired;

	Role(boolean secondFactorRequired) {
		this.secondFactorRequired = secondFactorRequired;
	}

	public boolean secondFactorRequired() {
		return secondFactorRequired;
	}

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name. */
	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<Role> parse(String name) {
		return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
	}

}
