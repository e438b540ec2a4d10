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

	@Query("select distinct request_id from handoff_offer where request_id in (:requests)")
	List<UUID> carried(Collection<UUID> requests);

}
