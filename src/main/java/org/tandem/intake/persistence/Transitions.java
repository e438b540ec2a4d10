package org.tandem.intake.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.intake.RequestStatus;

/** Every status change: who (a staff account, or nobody for the requester's own submission) and when, never why. */
@Repository
public class Transitions {

	private final JdbcClient jdbc;

	Transitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(UUID requestId, @Nullable RequestStatus from, RequestStatus to, @Nullable UUID actorId,
			Instant at) {
		jdbc.sql("""
				insert into help_request_transition (id, request_id, from_status, to_status, actor_id, changed_at)
				values (:id, :request, :from, :to, :actor, :at)""")
			.param("id", UUID.randomUUID())
			.param("request", requestId)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("actor", actorId)
			.param("at", Timestamp.from(at))
			.update();
	}

	public List<Transition> of(UUID requestId) {
		return jdbc.sql("""
				select from_status, to_status, actor_id, changed_at from help_request_transition
				where request_id = :request order by changed_at, id""")
			.param("request", requestId)
			.query((rs, n) -> new Transition(
					rs.getString("from_status") == null ? null : RequestStatus.valueOf(rs.getString("from_status")),
					RequestStatus.valueOf(rs.getString("to_status")), rs.getObject("actor_id", UUID.class),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/** One status change. */
	public record Transition(@Nullable RequestStatus from, RequestStatus to, @Nullable UUID actorId, Instant at) {
	}

}
