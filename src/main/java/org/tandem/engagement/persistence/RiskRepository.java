package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Risk;

public interface RiskRepository extends ListCrudRepository<Risk, UUID> {

	List<Risk> findByEngagementIdOrderByCreatedAtAscIdAsc(UUID engagementId);

}
