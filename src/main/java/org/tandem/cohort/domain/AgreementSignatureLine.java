package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.tandem.cohort.CohortAgreements.Kind;

/** One line of staff's list of every signature: what was signed, in which language, for whom and when; no text. */
public record AgreementSignatureLine(UUID id, Kind kind, int version, String language, AgreementParty party,
		Instant signedAt) {
}
