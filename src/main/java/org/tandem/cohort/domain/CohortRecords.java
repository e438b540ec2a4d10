package org.tandem.cohort.domain;

import java.util.UUID;

/**
 * One part of the cohort module's records about a cohort (sessions, forms, announcements, ...). When a closed
 * cohort's retention period ends, every part forgets what it keeps about that cohort.
 */
public interface CohortRecords {

	/** Deletes (and for files or sealed data, destroys) everything this part keeps about the cohort. */
	void forget(UUID cohortId);

}
