package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An announcement staff post on a cohort's space: the hub's own words to every participant, kept in the clear.
 *
 * @param body Markdown, rendered with the platform's {@code Markdown}
 * @param mailed whether a notice was also mailed to every participant
 */
public record Announcement(UUID id, UUID cohortId, String title, String body, boolean mailed, UUID postedBy,
		Instant postedAt) {

	public static final int TITLE_LIMIT = 200;

	public static final int BODY_LIMIT = 10_000;

	/** Ids only: logs never hold what staff wrote. */
	@Override
	public String toString() {
		return "Announcement[" + id + " in " + cohortId + "]";
	}

}
