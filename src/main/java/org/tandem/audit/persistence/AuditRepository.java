package org.tandem.audit.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.audit.domain.Audit;

public interface AuditRepository extends ListCrudRepository<Audit, UUID> {

}
