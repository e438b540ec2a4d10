package org.tandem.matching.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.matching.domain.Choice;

public interface ChoiceRepository extends ListCrudRepository<Choice, UUID> {

	List<Choice> findByRequestIdOrderByPosition(UUID requestId);

	@Modifying
	@Query("delete from match_choice where request_id = :requestId")
	int deleteByRequest(UUID requestId);

}
