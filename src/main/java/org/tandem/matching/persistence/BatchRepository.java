package org.tandem.matching.persistence;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.matching.domain.Batch;

public interface BatchRepository extends ListCrudRepository<Batch, UUID> {

	@Query("select * from match_batch where within_pool = false order by created_at desc, id limit 20")
	List<Batch> recent();

	@Query("select count(*) from match_batch where reference = :reference")
	long countByReference(String reference);

	/**
	 * Moves an open proposal to its next version if it is still at {@code version}; 0 when someone changed or applied
	 * it meanwhile. With {@link #updateRow}, one row changes without rewriting the others.
	 */
	@Modifying
	@Query("update match_batch set version = version + 1 where id = :id and version = :version and applied_at is null")
	int nextVersion(UUID id, long version);

	@Modifying
	@Query("update match_batch_row set provider_id = :provider, score = :score where batch_id = :id and position = :position")
	int updateRow(UUID id, int position, @Nullable UUID provider, int score);

}
