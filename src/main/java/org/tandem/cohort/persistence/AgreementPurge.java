package org.tandem.cohort.persistence;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The agreements' part of an organization's purge: which of the hub's agreements the organization signed, when and
 * through whom. The texts are the hub's and stay; the versions the organization signed are kept with them.
 * Idempotent: a second run finds nothing.
 */
@Component
class AgreementPurge implements PurgeParticipant {

	static final String KIND = "cohort.agreementSignatures";

	private final AgreementSignatureRows signatures;

	AgreementPurge(AgreementSignatureRows signatures) {
		this.signatures = signatures;
	}

	@Override
	public String name() {
		return "cohort-agreements";
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		return Map.of(KIND, signatures.deleteFor(owner));
	}

}
