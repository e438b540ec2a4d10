package org.tandem.audit;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The audit module's door for "what works": which engagements had an audit (of any status), and which of their
 * audits' accepted recommendations became plan items, with the categories of the findings they answer. Ids and
 * categories only, nothing sealed is read; the caller counts them only in aggregate.
 */
public interface AuditedEngagements {

	/** The most ids one call takes. */
	int LIMIT = 500;

	/** Those of these engagements (at most {@value #LIMIT}) that have at least one audit. */
	Set<UUID> audited(Collection<UUID> engagementIds);

	/**
	 * The accepted recommendations of these engagements' audits (at most {@value #LIMIT} engagements) that were moved
	 * into the engagement's plan: one per recommendation, with its plan item and its findings' categories.
	 */
	java.util.List<Planned> planned(Collection<UUID> engagementIds);

	/** An accepted recommendation in the engagement's plan: the plan item it became and what its findings are about. */
	record Planned(UUID engagementId, UUID planItemId, Set<FindingCategory> categories) {

		public Planned {
			categories = Set.copyOf(categories);
		}

	}

}
