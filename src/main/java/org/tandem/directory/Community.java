package org.tandem.directory;

import java.util.Locale;

/** Communities a provider has served (vetted: a change goes through review). */
public enum Community {

	JOURNALISTS, HUMAN_RIGHTS_DEFENDERS, LGBTIQ, WOMENS_RIGHTS, ENVIRONMENTAL_LAND_DEFENDERS, INDIGENOUS_COMMUNITIES, COMMUNITY_ORGANIZERS, LAWYERS, EXILED_AND_DIASPORA;

	public String messageKey() {
		return "directory.community." + name().toLowerCase(Locale.ROOT);
	}

}
