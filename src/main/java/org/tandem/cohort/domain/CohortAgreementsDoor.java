package org.tandem.cohort.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortAgreements;

/** {@link CohortAgreements} from the signatures' table: ids, kinds, versions and times, no text. */
@Component
class CohortAgreementsDoor implements CohortAgreements {

	private final CohortAgreementService agreements;

	CohortAgreementsDoor(CohortAgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean organizationSignedAll(UUID organizationId) {
		return missingFor(organizationId).isEmpty();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean providerSigned(UUID providerId) {
		return agreements.signedKinds(AgreementParty.provider(providerId)).contains(Kind.CONFIDENTIALITY);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Kind> missingFor(UUID organizationId) {
		AgreementParty organization = AgreementParty.organization(organizationId);
		List<Kind> signed = agreements.signedKinds(organization);
		return organization.kinds().stream().filter(kind -> !signed.contains(kind)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Signature> signaturesOf(UUID organizationId) {
		AgreementStanding.Sheet sheet = agreements.sheet(AgreementParty.organization(organizationId));
		return agreements.signaturesOf(AgreementParty.organization(organizationId))
			.stream()
			.map(s -> new Signature(s.kind(), s.version(), s.language(), s.signedAt(), s.accountId(), organizationId,
					sheet.standings()
						.stream()
						.anyMatch(st -> st.kind() == s.kind() && st.current() != null
								&& st.current().number() == s.version())))
			.toList();
	}

}
