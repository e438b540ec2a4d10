package org.tandem.audit;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The audit module's door for "what works": which engagements had an audit (of any status). Ids only, nothing
 * sealed is read; the caller counts them only in aggregate.
 */
public interface AuditedEngagements {

	/** The most ids one call takes. */
	int LIMIT = 500;

	/** Those of these engagements (at most {@value #LIMIT}) that have at least one audit. */
	Set<UUID> audited(Collection<UUID> engagementIds);

}
