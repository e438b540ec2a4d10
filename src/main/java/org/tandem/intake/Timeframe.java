package org.tandem.intake;

import java.util.Locale;

/** When the requester needs help to start. */
public enum Timeframe {

	THIS_WEEK, THIS_MONTH, NEXT_MONTHS, FLEXIBLE;

	public String messageKey() {
		return "intake.timeframe." + name().toLowerCase(Locale.ROOT);
	}

}
