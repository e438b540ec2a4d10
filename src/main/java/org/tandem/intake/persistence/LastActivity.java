package org.tandem.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When anyone last acted on a request and, once its requester was warned that inactivity will purge it, the time the
 * warning announced. The first is written with the request ({@code HelpRequest}'s insert-only property); later ones
 * by plain updates outside the request aggregate and its version, so that recording
 * activity (from the status page, matching or the handoff) costs one update by key and never makes a staff member's
 * save fail.
 */
@Repository
public class LastActivity {

	private static final String STAMP = "last_activity_at, inactivity_purge_at";

	private final JdbcClient jdbc;

	LastActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Someone acted on the request now: its inactivity period starts again, and a warning given is void. */
	public void touch(UUID requestId, Instant now) {
		jdbc.sql("""
				update help_request set last_activity_at = :now, inactivity_purge_at = null
				where id = :id and last_activity_at < :now""")
			.param("now", Timestamp.from(now))
			.param("id", requestId)
			.update();
	}

	public Optional<Stamp> of(UUID requestId) {
		return jdbc.sql("select " + STAMP + " from help_request where id = :id")
			.param("id", requestId)
			.query((rs, n) -> stamp(rs))
			.optional();
	}

	/** The stamps of those of these requests that still exist, in one query. */
	public Map<UUID, Stamp> of(Collection<UUID> requestIds) {
		Map<UUID, Stamp> found = new HashMap<>();
		if (!requestIds.isEmpty()) {
			jdbc.sql("select id, " + STAMP + " from help_request where id in (:ids)")
				.param("ids", Set.copyOf(requestIds))
				.query(rs -> {
					found.put(rs.getObject("id", UUID.class), stamp(rs));
				});
		}
		return found;
	}

	/**
	 * The statuses the inactivity rule may apply to: intake's open ones and the handed-over ones (of which those whose
	 * holder settled them are left out by the caller).
	 */
	static final String IDLE_SCOPE = "status in ('NEW', 'NEEDS_INFORMATION', 'ASSESSING', 'HANDED_OVER')";

	/** Open requests, anonymous or not, idle since {@code before}, whose requester has not been warned. */
	public List<Idle> unwarned(boolean anonymous, Instant before) {
		return jdbc.sql("select id, last_activity_at from help_request where " + IDLE_SCOPE
				+ " and anonymous = :anonymous and last_activity_at < :before and inactivity_purge_at is null")
			.param("anonymous", anonymous)
			.param("before", Timestamp.from(before))
			.query((rs, n) -> new Idle(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/**
	 * Records the warning and the purge it announced, once: false if the request was warned already or someone
	 * acted on it since {@code lastActivity} was read.
	 */
	public boolean warned(UUID requestId, Instant lastActivity, Instant purgeAt) {
		return jdbc.sql("""
				update help_request set inactivity_purge_at = :purgeAt
				where id = :id and inactivity_purge_at is null and last_activity_at = :last""")
			.param("purgeAt", Timestamp.from(purgeAt))
			.param("id", requestId)
			.param("last", Timestamp.from(lastActivity))
			.update() == 1;
	}

	/**
	 * Open requests, anonymous or not, idle since {@code cutoff} and whose warning's time is over by {@code now}:
	 * those to purge.
	 */
	public List<UUID> due(boolean anonymous, Instant cutoff, Instant now) {
		return jdbc.sql("select id from help_request where " + IDLE_SCOPE + " and anonymous = :anonymous"
				+ " and last_activity_at < :cutoff and inactivity_purge_at <= :now")
			.param("anonymous", anonymous)
			.param("cutoff", Timestamp.from(cutoff))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/** Whether the request is still due: checked again just before its purge, in case someone acted meanwhile. */
	public boolean stillDue(UUID requestId, Instant cutoff, Instant now) {
		return jdbc.sql("select count(*) from help_request where id = :id and " + IDLE_SCOPE
				+ " and last_activity_at < :cutoff and inactivity_purge_at <= :now")
			.param("id", requestId)
			.param("cutoff", Timestamp.from(cutoff))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single() > 0;
	}

	private static Stamp stamp(ResultSet rs) throws SQLException {
		Timestamp purgeAt = rs.getTimestamp("inactivity_purge_at");
		return new Stamp(rs.getTimestamp("last_activity_at").toInstant(), purgeAt == null ? null : purgeAt.toInstant());
	}

	/**
	 * @param lastActivity when someone last acted on the request
	 * @param purgeAt the purge the requester's warning announced; null until they are warned
	 */
	public record Stamp(Instant lastActivity, @Nullable Instant purgeAt) {
	}

	/** A request nobody acted on for a while, and when someone last did. */
	public record Idle(UUID id, Instant lastActivity) {
	}

}
