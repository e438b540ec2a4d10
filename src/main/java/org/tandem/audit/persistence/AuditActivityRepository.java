package org.tandem.audit.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.audit.domain.AuditActivity;

public interface AuditActivityRepository extends ListCrudRepository<AuditActivity, UUID> {

	/** An audit's plan in its order ({@code audit_activity_audit_idx}), at most {@code limit}. */
	@Query("""
			select * from audit_activity where audit_id = :auditId
			order by position, id fetch first :limit rows only""")
	List<AuditActivity> ofAudit(UUID auditId, int limit);

}
