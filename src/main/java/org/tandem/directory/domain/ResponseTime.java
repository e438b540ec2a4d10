package org.tandem.directory.domain;

import java.util.Locale;

/**
 * How fast a provider usually answers a new request, so that matching can weigh a request's urgency against it.
 */
public enum ResponseTime {

	SAME_DAY(24), WITHIN_TWO_DAYS(48), WITHIN_A_WEEK(168), WITHIN_TWO_WEEKS(336);

	private final int hours;

	ResponseTime(int hours) {
		this.hours = hours;
	}

	/** The longest a first answer usually takes, in hours. */
	public int hours() {
		return hours;
	}

	public String messageKey() {
		return "directory.response." + name().toLowerCase(Locale.ROOT);
	}

}
