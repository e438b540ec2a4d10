package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.cohort.domain.CohortBoard;
import org.tandem.cohort.domain.CohortBoard.Missing;
import org.tandem.cohort.domain.CohortBoard.Steps;

/** What the board says is missing follows the cohort's stage: nothing is asked before its time. */
class CohortBoardMissingTests {

	private static final Steps NOTHING = new Steps(false, false, false, 0, false, false, false, false, false);

	private static final Steps EVERYTHING = new Steps(true, true, true, 3, true, true, true, true, true);

	@Test
	void whileRecruitingOnlyTheAgreementsAreAsked() {
		assertThat(CohortBoard.missing(CohortStatus.RECRUITING, true, NOTHING)).containsExactly(Missing.AGREEMENTS);
		assertThat(CohortBoard.missing(CohortStatus.PLANNED, false, NOTHING)).containsExactly(Missing.AGREEMENTS);
	}

	@Test
	void aRunningTermAsksAnOrganizationForItsMatchAndIntakeAndAProviderForNothingMore() {
		assertThat(CohortBoard.missing(CohortStatus.RUNNING, true, NOTHING)).containsExactly(Missing.AGREEMENTS,
				Missing.MATCH, Missing.INTAKE);
		Steps matched = new Steps(true, true, false, 1, true, false, true, false, false);
		assertThat(CohortBoard.missing(CohortStatus.RUNNING, true, matched)).containsExactly(Missing.ENGAGEMENT);
		assertThat(CohortBoard.missing(CohortStatus.RUNNING, false, NOTHING)).containsExactly(Missing.AGREEMENTS);
	}

	@Test
	void closingAsksForTheSessionsTheOuttakeAndTheExitInterview() {
		Steps running = new Steps(true, true, true, 1, true, false, true, false, false);
		assertThat(CohortBoard.missing(CohortStatus.CLOSING, true, running)).containsExactly(Missing.SESSIONS,
				Missing.OUTTAKE, Missing.EXIT_INTERVIEW);
		assertThat(CohortBoard.missing(CohortStatus.CLOSED, false, running)).containsExactly(Missing.SESSIONS,
				Missing.EXIT_INTERVIEW);
		assertThat(CohortBoard.missing(CohortStatus.CLOSED, true, EVERYTHING)).isEmpty();
	}

}
