package org.tandem.audit.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.audit.domain.RecommendationChange;

public interface RecommendationChangeRepository extends ListCrudRepository<RecommendationChange, UUID> {

	/** An audit's status changes, oldest first (index audit_recommendation_change_audit_idx). */
	List<RecommendationChange> findByAuditIdOrderByChangedAtAscIdAsc(UUID auditId);

	/** Forgets a removed recommendation's history. */
	@Modifying
	@Query("delete from audit_recommendation_change where recommendation_id = :recommendationId")
	int deleteOfRecommendation(UUID recommendationId);

}
