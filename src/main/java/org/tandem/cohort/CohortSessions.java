package org.tandem.cohort;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The cohort's sessions as other parts of the hub may read them: who attended how many, and whether the kick-off was
 * held. The rule the programme asks of each participant is "at least two sessions, including the welcome and
 * onboarding".
 */
public interface CohortSessions {

	/**
	 * Each organization and provider taking part now, in the order they joined (organizations first), with what it
	 * attended of the cohort's sessions that were not cancelled.
	 */
	List<Attendance> attendance(UUID cohortId);

	/** Whether a kick-off session of the cohort took place (not cancelled, started, and someone attended it). */
	boolean kickOffHeld(UUID cohortId);

	/**
	 * One participant's attendance: exactly one of the two ids is set.
	 *
	 * @param attended how many sessions it attended
	 * @param onboardingAttended whether one of them was a welcome and onboarding session
	 * @param ruleMet at least two sessions, including the welcome and onboarding
	 */
	record Attendance(@Nullable UUID organizationId, @Nullable UUID providerId, int attended,
			boolean onboardingAttended, boolean ruleMet) {
	}

}
