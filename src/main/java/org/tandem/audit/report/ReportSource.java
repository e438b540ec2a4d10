package org.tandem.audit.report;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a report's content comes from: everything about an audit a report shows, gathered for one account. Empty when
 * the account may not see the audit. Implemented from the audit's parts (its context, activities, findings and
 * recommendations).
 */
public interface ReportSource {

	Optional<ReportInput> input(UUID auditId, UUID accountId);

}
