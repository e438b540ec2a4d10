package org.tandem.intake.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.intake.domain.RequestMessage;

/**
 * A request's messages, oldest first, by the index on {@code (request_id, sent_at)}. The statements are written out:
 * a derived query ({@code findByRequestIdAndKindIn…}) is built anew from the method's name on every call, about a
 * quarter of a status page's own work under load (docs/performance.md).
 */
public interface RequestMessageRepository extends ListCrudRepository<RequestMessage, UUID> {

	@Query("select * from help_request_message where request_id = :requestId order by sent_at, id")
	List<RequestMessage> findByRequestIdOrderBySentAt(UUID requestId);

	/** The messages of the given kinds (their names). */
	@Query("select * from help_request_message where request_id = :requestId and kind in (:kinds) order by sent_at, id")
	List<RequestMessage> findByRequestIdAndKindInOrderBySentAt(UUID requestId, Collection<String> kinds);

}
