package org.tandem.engagement.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Message;

public interface MessageRepository extends ListCrudRepository<Message, UUID> {

	/** An engagement's latest messages, latest first, at most {@code limit}. */
	@Query("""
			select * from engagement_message where engagement_id = :engagementId
			order by sent_at desc, id desc fetch first :limit rows only""")
	List<Message> latest(UUID engagementId, int limit);

	/** The messages sent before the one sent {@code at} with {@code id}, latest first, at most {@code limit}. */
	@Query("""
			select * from engagement_message where engagement_id = :engagementId
			and (sent_at < :at or (sent_at = :at and id < :id))
			order by sent_at desc, id desc fetch first :limit rows only""")
	List<Message> before(UUID engagementId, Instant at, UUID id, int limit);

}
