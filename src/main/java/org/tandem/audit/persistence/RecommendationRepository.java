package org.tandem.audit.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.audit.domain.Recommendation;

public interface RecommendationRepository extends ListCrudRepository<Recommendation, UUID> {

	/** An audit's recommendations, oldest first (index audit_recommendation_audit_idx); pages order them further. */
	List<Recommendation> findByAuditIdOrderByCreatedAtAscIdAsc(UUID auditId);

	long countByAuditId(UUID auditId);

	/** How many recommendations rest on the finding. */
	@Query("select count(*) from audit_recommendation_finding where finding_id = :findingId")
	long countResting(UUID findingId);

}
