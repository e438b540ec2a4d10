package org.tandem.account.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.domain.SecurityEventKind;

/** The security audit log: who (an account id), what, when. Never a name, an address or an IP address. */
@Repository
public class SecurityEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records in the caller's transaction, so the event and the change it records commit together. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(SecurityEventKind kind, @Nullable UUID accountId, @Nullable UUID actorId, @Nullable String detail) {
		insert(kind, accountId, actorId, detail);
	}

	/** Records on its own, for events with no change beside them (sign-ins, failures). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(SecurityEventKind kind, @Nullable UUID accountId, @Nullable String detail) {
		insert(kind, accountId, null, detail);
	}

	private void insert(SecurityEventKind kind, @Nullable UUID accountId, @Nullable UUID actorId,
			@Nullable String detail) {
		jdbc.sql("""
				insert into security_event (occurred_at, kind, account_id, actor_id, detail)
				values (:at, :kind, :account, :actor, :detail)""")
			.param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("kind", kind.name())
			.param("account", accountId)
			.param("actor", actorId)
			.param("detail", detail)
			.update();
	}

	/**
	 * Up to {@code limit} events, newest first, older than the event {@code before} (all when null), on the primary key
	 * or on {@code (kind, id)} with a kind: a page costs the same however long the log is.
	 */
	public List<SecurityEvent> olderThan(@Nullable Long before, int limit, @Nullable SecurityEventKind kind) {
		return window(before, "<", "desc", limit, kind);
	}

	/** Up to {@code limit} events newer than the event {@code after}, newest first (the page before a page). */
	public List<SecurityEvent> newerThan(long after, int limit, @Nullable SecurityEventKind kind) {
		List<SecurityEvent> rows = new java.util.ArrayList<>(window(after, ">", "", limit, kind));
		java.util.Collections.reverse(rows);
		return rows;
	}

	private List<SecurityEvent> window(@Nullable Long from, String comparison, String direction, int limit,
			@Nullable SecurityEventKind kind) {
		StringBuilder where = new StringBuilder("where 1 = 1 ");
		var params = new java.util.HashMap<String, Object>();
		if (kind != null) {
			where.append("and kind = :kind ");
			params.put("kind", kind.name());
		}
		if (from != null) {
			where.append("and id ").append(comparison).append(" :from ");
			params.put("from", from);
		}
		params.put("size", limit);
		return jdbc.sql(COLUMNS + where + "order by id " + direction + " fetch first :size rows only")
			.params(params)
			.query(SecurityEvents::map)
			.list();
	}

	/** The old offset paging, kept for API clients that still send {@code offset} (bounded by the caller). */
	public List<SecurityEvent> page(int offset, int limit, @Nullable SecurityEventKind kind) {
		String filter = kind == null ? "" : "where kind = :kind ";
		var statement = jdbc.sql(COLUMNS + filter + "order by id desc offset :offset rows fetch next :size rows only")
			.param("offset", offset)
			.param("size", limit);
		if (kind != null) {
			statement = statement.param("kind", kind.name());
		}
		return statement.query(SecurityEvents::map).list();
	}

	public List<SecurityEvent> forAccount(UUID accountId) {
		return jdbc.sql(COLUMNS + "where account_id = :account order by id desc fetch first 200 rows only")
			.param("account", accountId)
			.query(SecurityEvents::map)
			.list();
	}

	private static final String COLUMNS = "select id, occurred_at, kind, account_id, actor_id, detail from security_event ";

	private static SecurityEvent map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SecurityEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				SecurityEventKind.valueOf(rs.getString("kind")), rs.getObject("account_id", UUID.class),
				rs.getObject("actor_id", UUID.class), rs.getString("detail"));
	}

	public record SecurityEvent(long id, java.time.Instant occurredAt, SecurityEventKind kind,
			@Nullable UUID accountId, @Nullable UUID actorId, @Nullable String detail) {
	}

}
