package org.tandem.handoff.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a purge of a request needs of the handoff's rows: the clear columns it may count (read after the request's
 * keys are destroyed, so nothing sealed is touched), and the deletion of every row naming the request.
 */
@Component
public class HandoffRows {

	private final JdbcClient jdbc;

	HandoffRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The answered follow-up surveys of a request, latest round first: clear columns only, never free text. */
	public List<Answer> answers(UUID requestId) {
		return jdbc.sql("""
				select provider_id, round, side, usefulness, recommends from handoff_follow_up
				where request_id = :r and status = 'ANSWERED' order by round desc""")
			.param("r", requestId)
			.query((rs, n) -> new Answer(rs.getObject("provider_id", UUID.class), rs.getInt("round"),
					rs.getString("side"), (Integer) rs.getObject("usefulness"), rs.getString("recommends")))
			.list();
	}

	/**
	 * The provider the request's latest confirmed contact was with: the provider of its latest follow-up round, or,
	 * with none (an anonymous request), the provider introduced or whose offer stands accepted.
	 */
	public Optional<UUID> confirmedProvider(UUID requestId) {
		return jdbc.sql("select provider_id from handoff_follow_up where request_id = :r order by round desc")
			.param("r", requestId)
			.query(UUID.class)
			.stream()
			.findFirst()
			.or(() -> jdbc.sql("select provider_id from handoff_introduction where request_id = :r")
				.param("r", requestId)
				.query(UUID.class)
				.optional())
			.or(() -> jdbc.sql("select provider_id from handoff_offer where request_id = :r and status = 'ACCEPTED'")
				.param("r", requestId)
				.query(UUID.class)
				.stream()
				.findFirst());
	}

	/** Deletes every row naming the request; returns how many per kind of data, leaving out kinds with none. */
	public Map<String, Integer> delete(UUID requestId) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("handoff.offers", delete("handoff_offer", requestId));
		destroyed.put("handoff.introduction", delete("handoff_introduction", requestId));
		destroyed.put("handoff.follow-ups", delete("handoff_follow_up", requestId));
		destroyed.put("handoff.handoff", delete("handoff", requestId));
		destroyed.values().removeIf(count -> count == 0);
		return destroyed;
	}

	private int delete(String table, UUID requestId) {
		return jdbc.sql("delete from " + table + " where request_id = :owner").param("owner", requestId).update();
	}

	/** A survey answered by one side: its round, the usefulness score and the recommendation. */
	public record Answer(UUID providerId, int round, String side, @Nullable Integer usefulness,
			@Nullable String recommends) {
	}

}
