package org.tandem.matching.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.matching.domain.MatchNeeds;

public interface MatchNeedsRepository extends ListCrudRepository<MatchNeeds, UUID> {

}
