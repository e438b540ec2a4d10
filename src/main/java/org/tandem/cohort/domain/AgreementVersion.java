package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.tandem.cohort.CohortAgreements.Kind;

/** One published version of an agreement: its number (1, 2, …), when and by which administrator. */
public record AgreementVersion(Kind kind, int number, Instant publishedAt, UUID publishedBy) {
}
