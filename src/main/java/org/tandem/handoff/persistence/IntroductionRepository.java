package org.tandem.handoff.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.handoff.domain.Introduction;

public interface IntroductionRepository extends ListCrudRepository<Introduction, UUID> {

}
