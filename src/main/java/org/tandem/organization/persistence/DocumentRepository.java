package org.tandem.organization.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.organization.domain.Document;

public interface DocumentRepository extends ListCrudRepository<Document, UUID> {

	List<Document> findByOrganizationIdOrderByUploadedAt(UUID organizationId);

}
