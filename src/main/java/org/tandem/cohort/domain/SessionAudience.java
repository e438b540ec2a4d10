package org.tandem.cohort.domain;

import org.tandem.cohort.Side;

/** Whom a session is meant for. Coordinators see every session of their cohort. */
public enum SessionAudience {

	EVERYONE, PROVIDERS, ORGANIZATIONS;

	public boolean includes(Side side) {
		return switch (side) {
			case Side.Staff staff -> true;
			case Side.Organization organization -> this != PROVIDERS;
			case Side.Provider provider -> this != ORGANIZATIONS;
		};
	}

	public boolean organizations() {
		return this != PROVIDERS;
	}

	public boolean providers() {
		return this != ORGANIZATIONS;
	}

	public String messageKey() {
		return "cohort.session.audience." + name();
	}

}
