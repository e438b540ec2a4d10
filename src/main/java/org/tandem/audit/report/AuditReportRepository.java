package org.tandem.audit.report;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AuditReportRepository extends ListCrudRepository<AuditReport, UUID> {

	/** The highest number issued of this kind for the audit, 0 before the first. */
	@Query("select coalesce(max(number), 0) from audit_report where audit_id = :auditId and kind = :kind")
	int lastNumber(UUID auditId, String kind);

}
