package org.tandem.cohort;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which of the cohort's forms each participant has done; never what they say. */
public interface CohortForms {

	/** For each organization and provider that did any of the forms. */
	List<FormsDone> done(UUID cohortId);

	/** An organization or a provider (exactly one is set) and the forms done. */
	record FormsDone(@Nullable UUID organizationId, @Nullable UUID providerId, boolean intake, boolean outtake,
			boolean exitInterview) {
	}

}
