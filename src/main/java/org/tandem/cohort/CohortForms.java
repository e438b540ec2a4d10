package org.tandem.cohort;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which of a cohort's forms are done, for a staff board: for each organization taking part its intake, outtake and
 * exit interview, for each provider its exit interview. Says nothing of what the forms hold.
 */
public interface CohortForms {

	/** The organizations taking part now (in the order they joined), then the providers; unknown cohort: empty. */
	List<FormsDone> done(UUID cohortId);

	/**
	 * One member's forms: an organization's (providerId null) or a provider's (organizationId null; a provider fills
	 * no intake or outtake, so those are false).
	 */
	record FormsDone(@Nullable UUID organizationId, @Nullable UUID providerId, boolean intake, boolean outtake,
			boolean exitInterview) {
	}

}
