package org.tandem.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff chose providers for a request, in the order they are to be offered it; published in the transaction that
 * records the choice (and hands the request over). The handoff's offer flow starts from it, once it is committed.
 *
 * @param chosenAt when the choice was made: a holder that moved the request on since has seen it already
 */
public record ProvidersChosen(UUID requestId, List<UUID> providers, UUID chosenBy, Instant chosenAt) {

	public ProvidersChosen {
		providers = List.copyOf(providers);
	}

}
