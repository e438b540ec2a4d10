package org.tandem.matching;

import java.util.List;
import java.util.UUID;

/**
 * Staff chose providers for a request, in the order they are to be offered it; published in the transaction that
 * records the choice. The handoff's offer flow starts from it.
 */
public record ProvidersChosen(UUID requestId, List<UUID> providers, UUID chosenBy) {

	public ProvidersChosen {
		providers = List.copyOf(providers);
	}

}
