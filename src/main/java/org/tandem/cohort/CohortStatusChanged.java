package org.tandem.cohort;

import java.time.Instant;
import java.util.UUID;

/** A cohort moved from one status to another (published in the transaction that moved it); ids and enums only. */
public record CohortStatusChanged(UUID cohortId, CohortStatus from, CohortStatus to, Instant at) {
}
