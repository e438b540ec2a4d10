package org.tandem.audit.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.audit.domain.Finding;

public interface FindingRepository extends ListCrudRepository<Finding, UUID> {

	/** An audit's findings, weightiest first, then newest (index audit_finding_weight_idx). */
	List<Finding> findByAuditIdOrderByWeightDescCreatedAtDescIdDesc(UUID auditId);

	long countByAuditId(UUID auditId);

}
