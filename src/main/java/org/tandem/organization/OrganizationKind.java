package org.tandem.organization;

import java.util.Locale;

/** The kinds of organization a hub serves; each has a translated label {@code organization.kind.<name>}. */
public enum OrganizationKind {

	NGO, MEDIA, HUMAN_RIGHTS_DEFENDER, COMMUNITY_GROUP, NETWORK, OTHER;

	public String messageKey() {
		return "organization.kind." + name().toLowerCase(Locale.ROOT);
	}

}
