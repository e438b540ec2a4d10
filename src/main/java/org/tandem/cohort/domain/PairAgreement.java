package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The written agreement an organization and the provider it works with in a cohort made between themselves, uploaded
 * as a file: the organization's document, its bytes encrypted and its name sealed under the organization's keys.
 *
 * @param providerId the provider taking part in the cohort the organization named, who may see it
 * @param version counts the replacements, so that a replacement made on a stale page is refused
 */
public record PairAgreement(UUID cohortId, UUID organizationId, UUID providerId, UUID fileId, String fileName,
		String contentType, long sizeBytes, UUID uploadedBy, Instant uploadedAt, long version) {

	@Override
	public String toString() {
		return "PairAgreement[" + cohortId + ", " + organizationId + "]";
	}

}
