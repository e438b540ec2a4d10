package org.tandem.matching.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.matching.domain.Batch;

public interface BatchRepository extends ListCrudRepository<Batch, UUID> {

	@Query("select * from match_batch order by created_at desc, id limit 20")
	List<Batch> recent();

	@Query("select count(*) from match_batch where reference = :reference")
	long countByReference(String reference);

}
