package org.tandem.handoff.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.handoff.domain.Handoff;

public interface HandoffRepository extends ListCrudRepository<Handoff, UUID> {

	/**
	 * The request's handoff, if it has one. The same as {@code findById}, which reports a missing row by throwing
	 * (and catching) an exception: the status page asks on every view, mostly for requests without a handoff.
	 */
	@Query("select * from handoff where request_id = :requestId")
	Optional<Handoff> find(UUID requestId);

	/** Handoffs introduced before the given moment that are still waiting for an answer about contact. */
	@Query("select * from handoff where stage = 'INTRODUCED' and introduced_at <= :before order by introduced_at")
	List<Handoff> introducedBefore(Instant before);

	@Query("select * from handoff where stage in ('OFFERING', 'NO_PROVIDER', 'ACCEPTED', 'INTRODUCED', 'CONTACT_FAILED', 'CONTACT_RECORDED') order by stage_since")
	List<Handoff> inFlight();

	/** Handoffs whose offer waits for a provider's answer, counted up to 1001 on the stage index (staff overview). */
	@Query("select count(*) from (select 1 as one from handoff where stage = 'OFFERING' fetch first 1001 rows only) c")
	long countOfferingCapped();

	/** The requests whose handoff closed before the cutoff: nothing left to do for them. */
	@Query("select request_id from handoff where stage = 'CLOSED' and stage_since < :cutoff")
	List<UUID> finishedBefore(Instant cutoff);

	/** Anonymous requests whose contact is confirmed: each is purged at once, and these are any left over. */
	@Query("select request_id from handoff where anonymous = true and stage in ('FOLLOWING_UP', 'CLOSED')")
	List<UUID> anonymousInContact();

	/** Staff's records of contact whose grace period is over. */
	@Query("select * from handoff where stage = 'CONTACT_RECORDED' and grace_until <= :now order by grace_until")
	List<Handoff> graceOverBy(Instant now);

}
