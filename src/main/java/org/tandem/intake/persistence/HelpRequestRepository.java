package org.tandem.intake.persistence;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.intake.domain.HelpRequest;

public interface HelpRequestRepository extends ListCrudRepository<HelpRequest, UUID> {

	@Query("select count(*) from help_request where reference = :reference")
	long countByReference(String reference);

}
