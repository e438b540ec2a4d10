package org.tandem.evaluation.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.evaluation.domain.PlanNote;

public interface EvaluationNoteRepository extends ListCrudRepository<PlanNote, UUID> {

	/** A plan's newest notes, one more than a page (index evaluation_note_plan_idx). */
	@Query("select * from evaluation_note where plan_id = :planId order by written_at desc, id desc limit 21")
	List<PlanNote> newest(UUID planId);

	/** A plan's notes older than the key, one more than a page. */
	@Query("""
			select * from evaluation_note where plan_id = :planId
			and (written_at < :writtenAt or (written_at = :writtenAt and id < :id))
			order by written_at desc, id desc limit 21""")
	List<PlanNote> olderThan(UUID planId, Instant writtenAt, UUID id);

}
