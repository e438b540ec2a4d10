package org.tandem.engagement;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The engagement module's door for "what works": how many of an engagement's plan items are done, of those not
 * dropped, and which of some items are done. Counts and ids only, nothing sealed is read; the caller counts them
 * only in aggregate.
 */
public interface PlanProgress {

	/** The most ids one call takes. */
	int LIMIT = 500;

	/** For those of these engagements (at most {@value #LIMIT}) whose plan has items: done and live items. */
	Map<UUID, Progress> progress(Collection<UUID> engagementIds);

	/** Those of these plan items (at most {@value #LIMIT}) that are done. */
	java.util.Set<UUID> done(Collection<UUID> itemIds);

	/** Items done, and items not dropped (done included). */
	record Progress(int done, int live) {
	}

}
