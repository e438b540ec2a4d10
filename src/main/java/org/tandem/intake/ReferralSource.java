package org.tandem.intake;

import java.util.Locale;

/**
 * How a requester heard about the hub, as they may say on the request form (optional). It names a kind of source,
 * never who: the answer is only counted per month ({@link RequestCounts}) and not kept with the request.
 */
public enum ReferralSource {

	PARTICIPANT, PROVIDER, HUB_STAFF, HELPLINE, EVENT, SEARCH_SOCIAL, OTHER;

	public String messageKey() {
		return "intake.referral.source." + name().toLowerCase(Locale.ROOT);
	}

}
