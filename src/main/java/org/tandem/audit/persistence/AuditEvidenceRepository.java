package org.tandem.audit.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.audit.domain.AuditEvidence;

public interface AuditEvidenceRepository extends ListCrudRepository<AuditEvidence, UUID> {

	/** An activity's evidence, newest first, at most {@code limit}. */
	@Query("""
			select * from audit_evidence where audit_activity_id = :activityId
			order by uploaded_at desc, id desc fetch first :limit rows only""")
	List<AuditEvidence> ofActivity(UUID activityId, int limit);

	/** An audit's evidence, over all its activities, newest first, at most {@code limit}. */
	@Query("""
			select * from audit_evidence where audit_id = :auditId
			order by uploaded_at desc, id desc fetch first :limit rows only""")
	List<AuditEvidence> ofAudit(UUID auditId, int limit);

	@Query("select count(*) from audit_evidence where audit_activity_id = :activityId")
	long countOf(UUID activityId);

}
