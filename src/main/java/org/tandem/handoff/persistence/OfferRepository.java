package org.tandem.handoff.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.handoff.domain.Offer;

public interface OfferRepository extends ListCrudRepository<Offer, UUID> {

	List<Offer> findByRequestIdOrderByPosition(UUID requestId);

	List<Offer> findByProviderIdOrderBySentAtDesc(UUID providerId);

	@Query("select * from handoff_offer where status = 'OPEN' and deadline <= :now order by deadline")
	List<Offer> openPast(Instant now);


	@Query("select * from handoff_offer where status in ('OPEN', 'ACCEPTED') and request_id in (:requests)")
	List<Offer> holding(Collection<UUID> requests);

	/** Offers open or accepted for a request not yet introduced: each holds its provider's slot. */
	@Query("""
			select o.* from handoff_offer o join handoff h on h.request_id = o.request_id
			where o.status in ('OPEN', 'ACCEPTED') and h.stage in ('OFFERING', 'ACCEPTED')""")
	List<Offer> holdingSlots();

}
