package org.tandem.handoff.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.handoff.persistence.OfferRepository;
import org.tandem.matching.SlotHolders;

/** For matching: the provider whose offer is open, or who accepted, holds the request's slot until introduced. */
@Component
class SlotHoldings implements SlotHolders {

	private final OfferRepository offers;

	SlotHoldings(OfferRepository offers) {
		this.offers = offers;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, UUID> holders(Collection<UUID> matchedRequests) {
		Map<UUID, UUID> holders = new HashMap<>();
		if (!matchedRequests.isEmpty()) {
			offers.holding(matchedRequests).forEach(offer -> holders.put(offer.requestId(), offer.providerId()));
		}
		return holders;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> carried(Collection<UUID> matchedRequests) {
		return matchedRequests.isEmpty() ? Set.of() : new HashSet<>(offers.carried(matchedRequests));
	}

}
