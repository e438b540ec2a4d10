package org.tandem.directory.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.tandem.directory.domain.AgreementAcceptance;

/** Accepted agreements: added and read, never changed. */
public interface AgreementRepository extends Repository<AgreementAcceptance, UUID> {

	AgreementAcceptance save(AgreementAcceptance acceptance);

	List<AgreementAcceptance> findByProviderIdOrderByAcceptedAt(UUID providerId);

}
