package org.tandem.cohort.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionDetails;
import org.tandem.cohort.domain.SessionKind;

/** The cohort's sessions, read and written by id; every change names the version it read. */
@Component
public class SessionRows {

	/** The most sessions one cohort lists: far more than a six-month term holds. */
	public static final int LIMIT = 200;

	private static final String COLUMNS = """
			id, cohort_id, kind, audience, title, starts_at, duration_minutes, time_zone, online_link, place, agenda,
			cancelled, sequence_number, reminded_at, created_at, updated_at, version""";

	private final JdbcClient jdbc;

	SessionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CohortSession> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from cohort_session where id = :id")
			.param("id", id)
			.query(SessionRows::row)
			.optional();
	}

	/** A cohort's sessions in order of time, at most {@link #LIMIT}. */
	public List<CohortSession> ofCohort(UUID cohortId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from cohort_session where cohort_id = :cohort order by starts_at, id fetch first 200 rows only""")
			.param("cohort", cohortId)
			.query(SessionRows::row)
			.list();
	}

	/** The sessions of the cohorts starting from {@code from}, in order of time, at most {@code limit}. */
	public List<CohortSession> ofCohorts(Collection<UUID> cohortIds, Instant from, int limit) {
		if (cohortIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " " + """
				 from cohort_session where cohort_id in (:cohorts) and starts_at >= :from
				order by starts_at, id fetch first :limit rows only""")
			.param("cohorts", List.copyOf(cohortIds))
			.param("from", utc(from))
			.param("limit", limit)
			.query(SessionRows::row)
			.list();
	}

	/** Sessions not cancelled, not yet reminded, starting between the two instants; soonest first. */
	public List<CohortSession> toRemind(Instant from, Instant until, int limit) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from cohort_session where reminded_at is null and starts_at >= :from and starts_at < :until
				and cancelled = false order by starts_at fetch first :limit rows only""")
			.param("from", utc(from))
			.param("until", utc(until))
			.param("limit", limit)
			.query(SessionRows::row)
			.list();
	}

	/** Marks the reminder sent; false if another instance did it first. */
	public boolean markReminded(UUID id, Instant at) {
		return jdbc.sql("update cohort_session set reminded_at = :at where id = :id and reminded_at is null")
			.param("at", utc(at))
			.param("id", id)
			.update() == 1;
	}

	public void insert(UUID id, UUID cohortId, SessionDetails details, @Nullable Instant remindedAt, Instant now) {
		jdbc.sql("""
				insert into cohort_session (id, cohort_id, kind, audience, title, starts_at, duration_minutes,
				time_zone, online_link, place, agenda, cancelled, sequence_number, reminded_at, created_at,
				updated_at, version)
				values (:id, :cohort, :kind, :audience, :title, :startsAt, :duration, :zone, :link, :place, :agenda,
				false, 0, :reminded, :now, :now, 0)""")
			.param("id", id)
			.param("cohort", cohortId)
			.param("kind", details.kind().name())
			.param("audience", details.audience().name())
			.param("title", details.title())
			.param("startsAt", utc(details.startsAt()))
			.param("duration", details.durationMinutes())
			.param("zone", details.timeZone())
			.param("link", details.onlineLink(), Types.VARCHAR)
			.param("place", details.place(), Types.VARCHAR)
			.param("agenda", details.agenda(), Types.VARCHAR)
			.param("reminded", remindedAt == null ? null : utc(remindedAt), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("now", utc(now))
			.update();
	}

	/**
	 * Writes the new details over the version read, counting one more change to mail; false when the row changed
	 * meanwhile (or is gone).
	 */
	public boolean update(UUID id, long seenVersion, SessionDetails details, @Nullable Instant remindedAt,
			Instant now) {
		return jdbc.sql("""
				update cohort_session set kind = :kind, audience = :audience, title = :title, starts_at = :startsAt,
				duration_minutes = :duration, time_zone = :zone, online_link = :link, place = :place,
				agenda = :agenda, reminded_at = :reminded, sequence_number = sequence_number + 1,
				updated_at = :now, version = version + 1 where id = :id and version = :version""")
			.param("kind", details.kind().name())
			.param("audience", details.audience().name())
			.param("title", details.title())
			.param("startsAt", utc(details.startsAt()))
			.param("duration", details.durationMinutes())
			.param("zone", details.timeZone())
			.param("link", details.onlineLink(), Types.VARCHAR)
			.param("place", details.place(), Types.VARCHAR)
			.param("agenda", details.agenda(), Types.VARCHAR)
			.param("reminded", remindedAt == null ? null : utc(remindedAt), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("now", utc(now))
			.param("id", id)
			.param("version", seenVersion)
			.update() == 1;
	}

	/** Cancels the session over the version read; false when it changed meanwhile or was already cancelled. */
	public boolean cancel(UUID id, long seenVersion, Instant now) {
		return jdbc.sql("""
				update cohort_session set cancelled = true, sequence_number = sequence_number + 1,
				updated_at = :now, version = version + 1 where id = :id and version = :version
				and cancelled = false""")
			.param("now", utc(now))
			.param("id", id)
			.param("version", seenVersion)
			.update() == 1;
	}

	/** Deletes every session of the cohort (their materials and attendance first). */
	public int deleteOfCohort(UUID cohortId) {
		return jdbc.sql("delete from cohort_session where cohort_id = :cohort").param("cohort", cohortId).update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static CohortSession row(ResultSet rs, int i) throws SQLException {
		return new CohortSession(rs.getObject("id", UUID.class), rs.getObject("cohort_id", UUID.class),
				SessionKind.valueOf(rs.getString("kind")), SessionAudience.valueOf(rs.getString("audience")),
				rs.getString("title"), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getInt("duration_minutes"), rs.getString("time_zone"), rs.getString("online_link"),
				rs.getString("place"), rs.getString("agenda"), rs.getBoolean("cancelled"),
				rs.getInt("sequence_number"), instant(rs, "reminded_at"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

}
