package org.tandem.handoff.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.handoff.domain.Introduction;

public interface IntroductionRepository extends ListCrudRepository<Introduction, UUID> {

	/** The provider an organization was introduced to, read without the sealed columns. */
	@Query("select provider_id from handoff_introduction where request_id = :requestId")
	Optional<UUID> providerOf(UUID requestId);

}
