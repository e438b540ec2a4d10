package org.tandem.cohort.domain;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cohort.CohortAgreements;

/**
 * Who enters a cohort's space: those who take part in it (anyone else is told it does not exist), once their side
 * signed the hub's agreements (organizations the three, providers the confidentiality agreement; coordinators sign
 * nothing). Before that they are sent to the cohort's page, which says what is left to sign.
 */
@Component
public class SpaceAccess {

	private final CohortService cohorts;

	private final CohortAgreements agreements;

	SpaceAccess(CohortService cohorts, CohortAgreements agreements) {
		this.cohorts = cohorts;
		this.agreements = agreements;
	}

	/** The account's part in the cohort; not found for anyone outside it, {@link SignFirst} before signing. */
	public CohortService.Participation enter(UUID cohortId, UUID accountId) {
		CohortService.Participation participation = cohorts.participation(cohortId, accountId);
		if (!agreements.signed(participation.side())) {
			throw new SignFirst(cohortId);
		}
		return participation;
	}

	/** The person takes part in the cohort but their side has still to sign the hub's agreements. */
	public static class SignFirst extends RuntimeException {

		private final UUID cohortId;

		SignFirst(UUID cohortId) {
			super("The hub's agreements are to be signed first", null, false, false);
			this.cohortId = cohortId;
		}

		public UUID cohortId() {
			return cohortId;
		}

	}

}
