package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.platform.Secrets;

/**
 * A signature, as the provider's own agreements are kept ({@code directory}'s {@code AgreementAcceptance}): the kind,
 * version and language signed, the exact text signed and its SHA-256 (hex), the account that signed, on whose behalf
 * (an organization or a provider), and when. Never changed; gone only with the organization's purge.
 */
public record AgreementSignature(UUID id, Kind kind, int version, String language, String text, String textSha256,
		UUID accountId, AgreementParty party, Instant signedAt) {

	static AgreementSignature of(AgreementText signed, String language, UUID accountId, AgreementParty party,
			Instant now) {
		String text = signed.text(language);
		return new AgreementSignature(UUID.randomUUID(), signed.version().kind(), signed.version().number(), language,
				text, Secrets.sha256Hex(text), accountId, party, now);
	}

	/** Whether the text kept still hashes to the SHA-256 kept with it. */
	public boolean intact() {
		return Secrets.sha256Hex(text).equals(textSha256);
	}

}
