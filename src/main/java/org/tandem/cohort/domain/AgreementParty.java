package org.tandem.cohort.domain;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.tandem.cohort.CohortAgreements.Kind;

/** On whose behalf a person signs: an organization they are a member of, or the provider they speak for. */
public record AgreementParty(Side side, UUID id) {

	public enum Side {
		ORGANIZATION, PROVIDER
	}

	public static AgreementParty organization(UUID organizationId) {
		return new AgreementParty(Side.ORGANIZATION, organizationId);
	}

	public static AgreementParty provider(UUID providerId) {
		return new AgreementParty(Side.PROVIDER, providerId);
	}

	/** Whether this party signs agreements of the kind (a provider signs the confidentiality agreement only). */
	public boolean signs(Kind kind) {
		return side == Side.ORGANIZATION ? kind.signedByOrganizations() : kind.signedByProviders();
	}

	/** The kinds this party signs, in the order of {@link Kind}. */
	public List<Kind> kinds() {
		return Arrays.stream(Kind.values()).filter(this::signs).toList();
	}

	public boolean organization() {
		return side == Side.ORGANIZATION;
	}

}
