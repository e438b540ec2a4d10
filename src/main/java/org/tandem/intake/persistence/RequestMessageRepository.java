package org.tandem.intake.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.intake.domain.RequestMessage;

public interface RequestMessageRepository extends ListCrudRepository<RequestMessage, UUID> {

	List<RequestMessage> findByRequestIdOrderBySentAt(UUID requestId);

	List<RequestMessage> findByRequestIdAndKindInOrderBySentAt(UUID requestId, Collection<RequestMessage.Kind> kinds);

}
