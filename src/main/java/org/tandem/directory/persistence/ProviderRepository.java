package org.tandem.directory.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.directory.domain.Provider;

public interface ProviderRepository extends ListCrudRepository<Provider, UUID> {

	Optional<Provider> findByAccountId(UUID accountId);

	boolean existsByReference(String reference);

	Optional<Provider> findByInvitationId(UUID invitationId);

	/** Vetted providers whose vetting ends before {@code until}: due for a notice or expired. */
	@Query("select id from provider where status in ('VETTED', 'ACTIVE', 'PAUSED') and vetted_until < :until")
	List<UUID> idsVettedUntilBefore(Instant until);

}
