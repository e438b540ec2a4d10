package org.tandem.cohort;

import java.util.Locale;

/**
 * How an organization is shown to the other members of its cohort: by its name, or only as "an organization" with its
 * kind (the default). The organization's members choose.
 */
public enum ShownAs {

	NAME, KIND;

	public String messageKey() {
		return "cohort.shownAs." + name().toLowerCase(Locale.ROOT);
	}

}
