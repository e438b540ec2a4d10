package org.tandem.cohort.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who attended a cohort's sessions: ids only, an organization (optionally which account came) or a provider. */
@Component
public class AttendanceRows {

	private final JdbcClient jdbc;

	AttendanceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> ofSession(UUID sessionId) {
		return jdbc.sql("""
				select session_id, organization_id, provider_id, account_id, recorded_at from cohort_attendance
				where session_id = :session fetch first 1000 rows only""")
			.param("session", sessionId)
			.query((rs, i) -> new Row(rs.getObject("session_id", UUID.class), rs.getObject("organization_id", UUID.class),
					rs.getObject("provider_id", UUID.class), rs.getObject("account_id", UUID.class),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Every attendance of the cohort's sessions that were not cancelled, with the session's kind. */
	public List<Counted> ofCohort(UUID cohortId) {
		return jdbc.sql("""
				select a.organization_id, a.provider_id, s.kind from cohort_attendance a
				join cohort_session s on s.id = a.session_id
				where a.cohort_id = :cohort and s.cancelled = false fetch first 20000 rows only""")
			.param("cohort", cohortId)
			.query((rs, i) -> new Counted(rs.getObject("organization_id", UUID.class),
					rs.getObject("provider_id", UUID.class), rs.getString("kind")))
			.list();
	}

	/** Replaces a session's attendance with the given one. */
	public void replace(UUID sessionId, UUID cohortId, Collection<Row> rows, Instant now) {
		jdbc.sql("delete from cohort_attendance where session_id = :session").param("session", sessionId).update();
		for (Row row : rows) {
			jdbc.sql("""
					insert into cohort_attendance (session_id, cohort_id, organization_id, provider_id, account_id,
					recorded_at) values (:session, :cohort, :organization, :provider, :account, :now)""")
				.param("session", sessionId)
				.param("cohort", cohortId)
				.param("organization", row.organizationId())
				.param("provider", row.providerId())
				.param("account", row.accountId())
				.param("now", SessionRows.utc(now))
				.update();
		}
	}

	public int deleteOfCohort(UUID cohortId) {
		return jdbc.sql("delete from cohort_attendance where cohort_id = :cohort").param("cohort", cohortId).update();
	}

	/** One attendance: exactly one of organization and provider; the account only for an organization, optional. */
	public record Row(UUID sessionId, @Nullable UUID organizationId, @Nullable UUID providerId,
			@Nullable UUID accountId, Instant recordedAt) {
	}

	/** An attendance as the rule counts it. */
	public record Counted(@Nullable UUID organizationId, @Nullable UUID providerId, String kind) {
	}

}
