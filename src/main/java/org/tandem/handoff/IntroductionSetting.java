package org.tandem.handoff;

import java.util.Optional;
import java.util.UUID;

/**
 * Where an introduction happens, when it is not the open network (extension point, ADR 0018): the cohort module
 * answers the name of the cohort a request was matched in, and the introduction the provider reads says so first.
 * The handoff knows nothing of cohorts; without an implementation every introduction is an ordinary one.
 */
public interface IntroductionSetting {

	/** The name of the cohort inside which this request's introduction happens; empty for an ordinary handoff. */
	Optional<String> cohortOf(UUID requestId);

}
