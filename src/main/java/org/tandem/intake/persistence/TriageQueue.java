package org.tandem.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Approach;
import org.tandem.intake.domain.Triage;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.OverviewFigure;

/** The triage queue, read from clear columns only: listing requests never opens a key. */
@Repository
public class TriageQueue {

	/**
	 * Still for intake's staff to act on: before the hand-over and not declined ({@link RequestStatus#isOpen()}). A
	 * handed-over request is its holder's to follow (the handoff's own list); the queue shows it under its status.
	 */
	static final String OPEN = "status in ('NEW', 'NEEDS_INFORMATION', 'ASSESSING')";

	private static final String URGENCY_RANK = "case urgency when 'EMERGENCY' then 0 when 'URGENT' then 1 "
			+ "when 'SOON' then 2 else 3 end";

	private final JdbcClient jdbc;

	TriageQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Triage.Page search(Triage.Filter filter, UUID viewer, Instant now) {
		StringBuilder sql = new StringBuilder("""
				select id, reference, status, urgency, approach, organization_kind, country, work_languages, anonymous,
				assigned_to, awaiting_staff, submitted_at, updated_at from help_request where 1 = 1""");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.reference() != null) {
			// the unique index on reference: one row at most, whatever its status
			sql.append(" and reference = :reference");
			params.put("reference", filter.reference());
		}
		else if (filter.status() == null) {
			sql.append(" and ").append(OPEN);
		}
		else {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.urgency() != null) {
			sql.append(" and urgency = :urgency");
			params.put("urgency", filter.urgency().name());
		}
		if (filter.approach() != null) {
			sql.append(" and approach = :approach");
			params.put("approach", filter.approach().name());
		}
		if (filter.country() != null) {
			sql.append(" and country = :country");
			params.put("country", filter.country());
		}
		if (filter.language() != null) {
			sql.append(" and (',' || work_languages || ',') like :language");
			params.put("language", "%," + filter.language() + ",%");
		}
		if (filter.olderThanDays() != null) {
			sql.append(" and submitted_at <= :olderThan");
			params.put("olderThan", Timestamp.from(now.minus(Duration.ofDays(filter.olderThanDays()))));
		}
		switch (filter.assignee()) {
			case ME -> {
				sql.append(" and assigned_to = :viewer");
				params.put("viewer", viewer);
			}
			case NOBODY -> sql.append(" and assigned_to is null");
			case ANYONE -> {
			}
		}
		sql.append(switch (filter.sort()) {
			case URGENCY -> " order by " + URGENCY_RANK + ", submitted_at, id";
			case OLDEST -> " order by submitted_at, id";
			case NEWEST -> " order by submitted_at desc, id";
			case UPDATED -> " order by updated_at desc, id";
		});
		sql.append(" offset ").append((long) filter.page() * Triage.Filter.PAGE_SIZE).append(" rows fetch next ")
			.append(Triage.Filter.PAGE_SIZE + 1).append(" rows only");
		List<Triage.Row> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(TriageQueue::row).list());
		boolean more = rows.size() > Triage.Filter.PAGE_SIZE;
		return new Triage.Page(more ? rows.subList(0, Triage.Filter.PAGE_SIZE) : rows, more, filter.page());
	}

	/**
	 * The overview's figures, each a bounded count on an index: new requests (status), open emergencies (urgency and
	 * status), open and unassigned (assignment), waiting for the requester's answer (status).
	 */
	public List<OverviewFigure> figures() {
		return List.of(
				new OverviewFigure("new", "overview.newRequests",
						OverviewFigure.boundedCount(jdbc, "help_request where status = 'NEW'", Map.of()),
						"/staff/requests?status=NEW", 10, true),
				new OverviewFigure("emergencies", "overview.emergencies",
						OverviewFigure.boundedCount(jdbc, "help_request where urgency = 'EMERGENCY' and " + OPEN, Map.of()),
						"/staff/requests?urgency=EMERGENCY", 20, true),
				new OverviewFigure("unassigned", "overview.unassigned",
						OverviewFigure.boundedCount(jdbc, "help_request where assigned_to is null and " + OPEN, Map.of()),
						"/staff/requests?assigned=NOBODY", 30, true),
				new OverviewFigure("waiting-answer", "overview.waitingAnswer",
						OverviewFigure.boundedCount(jdbc, "help_request where status = 'NEEDS_INFORMATION'", Map.of()),
						"/staff/requests?status=NEEDS_INFORMATION", 40, false));
	}

	public Triage.Counts counts() {
		Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			byStatus.put(status, 0L);
		}
		jdbc.sql("select status, count(*) as n from help_request group by status")
			.query((rs, n) -> byStatus.put(RequestStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return jdbc.sql("select count(*) as open_requests, "
				+ "coalesce(sum(case when assigned_to is null then 1 else 0 end), 0) as unassigned, "
				+ "coalesce(sum(case when urgency = 'EMERGENCY' then 1 else 0 end), 0) as emergencies, "
				+ "coalesce(sum(case when awaiting_staff then 1 else 0 end), 0) as awaiting "
				+ "from help_request where " + OPEN)
			.query((rs, n) -> new Triage.Counts(byStatus, rs.getLong("open_requests"), rs.getLong("unassigned"),
					rs.getLong("emergencies"), rs.getLong("awaiting")))
			.single();
	}

	private static Triage.Row row(ResultSet rs, int n) throws SQLException {
		String kind = rs.getString("organization_kind");
		String languages = rs.getString("work_languages");
		return new Triage.Row(rs.getObject("id", UUID.class), rs.getString("reference"),
				RequestStatus.valueOf(rs.getString("status")), Urgency.valueOf(rs.getString("urgency")),
				Approach.valueOf(rs.getString("approach")), kind == null ? null : OrganizationKind.valueOf(kind),
				rs.getString("country"), languages == null || languages.isEmpty() ? List.of() : List.of(languages.split(",")),
				rs.getBoolean("anonymous"), rs.getObject("assigned_to", UUID.class), rs.getBoolean("awaiting_staff"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
