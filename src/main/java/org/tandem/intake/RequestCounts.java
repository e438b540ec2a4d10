package org.tandem.intake;

import java.time.YearMonth;
import java.util.List;

/**
 * Counters of requests kept at submission, in the request's own transaction, that outlive the requests themselves
 * (requests are purged after their retention): how many requests arrived per month (by approach and whether
 * anonymous) and how their senders heard about the hub. Nothing names a request; figures built on them go through
 * disclosure control.
 */
public interface RequestCounts {

	/** Requests submitted per month from {@code from} to {@code to} (both included), one row per non-empty cell. */
	List<Monthly> monthly(YearMonth from, YearMonth to);

	/** Referral answers per month from {@code from} to {@code to} (both included), one row per non-empty cell. */
	List<Referred> referrals(YearMonth from, YearMonth to);

	/** Requests of one month with one approach, anonymous or not. */
	record Monthly(YearMonth month, Approach approach, boolean anonymous, long requests) {
	}

	/** Requests of one month whose sender said they heard of the hub from this source. */
	record Referred(YearMonth month, ReferralSource source, long requests) {
	}

}
