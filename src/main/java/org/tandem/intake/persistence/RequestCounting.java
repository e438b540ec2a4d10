package org.tandem.intake.persistence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.Approach;
import org.tandem.intake.ReferralSource;

/** Counting a submitted request, in its transaction: the month's counter and, if answered, the referral's. */
public interface RequestCounting {

	void submitted(Instant at, Approach approach, boolean anonymous, @Nullable ReferralSource referral);

}
