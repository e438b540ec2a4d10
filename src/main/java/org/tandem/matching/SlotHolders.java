package org.tandem.matching;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which provider holds a slot for each matched request, not yet introduced: the one whose offer is open or who
 * accepted. Another module that carries offers declares one bean; without it, a matched request's first choice holds
 * the slot.
 */
public interface SlotHolders {

	/** The provider holding a slot, by request, for those of these requests that have one. */
	Map<UUID, UUID> holders(Collection<UUID> matchedRequests);

	/** The requests this module carries offers for (a request among them with no holder holds no slot). */
	java.util.Set<UUID> carried(Collection<UUID> matchedRequests);

}
