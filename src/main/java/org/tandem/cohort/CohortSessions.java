package org.tandem.cohort;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the cohort's sessions say about its participants: who attended how much, and whether the kick-off was held. */
public interface CohortSessions {

	/** For each organization and provider taking part, the sessions it attended and whether it keeps the rule. */
	List<Attendance> attendance(UUID cohortId);

	/** Whether a kick-off session of the cohort has taken place (not cancelled, started). */
	boolean kickOffHeld(UUID cohortId);

	/**
	 * One participant's attendance: an organization or a provider (exactly one is set), the sessions it attended, whether
	 * one of them was the welcome and onboarding, and the rule "at least two sessions, including the onboarding".
	 */
	record Attendance(@Nullable UUID organizationId, @Nullable UUID providerId, int attended,
			boolean onboardingAttended, boolean ruleMet) {
	}

}
