package org.tandem.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.WorkingLanguages;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Approach;
import org.tandem.intake.domain.Triage;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.OverviewFigure;

/**
 * The triage queue, read from clear columns only: listing requests never opens a key. Intake's open requests (new,
 * needs information, being assessed: {@link RequestStatus#isOpen()}) are those with {@code in_queue}; a handed-over
 * request is its holder's to follow (the handoff's own list), and the queue shows it under its status.
 */
@Repository
public class TriageQueue {

	private final JdbcClient jdbc;

	private final QueueTally tally;

	TriageQueue(JdbcClient jdbc, QueueTally tally) {
		this.jdbc = jdbc;
		this.tally = tally;
	}

	/** Whether the filter's cursor, if it has one, is one this queue made for its sort. */
	public static boolean readable(Triage.Filter filter) {
		String cursor = filter.after() != null ? filter.after() : filter.before();
		return cursor == null || QueueCursor.read(cursor, filter.sort()) != null;
	}

	/**
	 * A page of the queue: the filters narrow one index range (the open queue or one status), read in the sort's
	 * order from the cursor's row, so no page sorts or skips over the requests before it.
	 */
	public Triage.Page search(Triage.Filter filter, UUID viewer, Instant now) {
		QueueCursor.Keys keys = QueueCursor.sortKeys(filter.sort());
		QueueCursor cursor = QueueCursor.read(filter.after() != null ? filter.after() : filter.before(), filter.sort());
		boolean backwards = cursor != null && filter.before() != null;
		StringBuilder sql = new StringBuilder("""
				select id, reference, status, urgency, approach, organization_kind, country, work_languages,
				anonymous, assigned_to, awaiting_staff, submitted_at, updated_at from help_request where""");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.reference() != null) {
			// the unique index on reference: one row at most, whatever its status
			sql.append(" reference = :reference");
			params.put("reference", filter.reference());
		}
		else if (filter.status() == null) {
			sql.append(" in_queue = true");
		}
		else {
			sql.append(" status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.urgency() != null) {
			sql.append(" and urgency_rank = :rank");
			params.put("rank", filter.urgency().rank());
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
			// by the language's own rows (V59): PostgreSQL starts from them when the language is rare, and otherwise
			// reads the sort's index and looks each request up in them by key. The code is written into the statement
			// (one of the 30 the form offers, nothing typed reaches it): as a parameter, PostgreSQL's generic plan,
			// made for a language of average size after five runs, read the whole open queue for a language no
			// request is in (9 pages a second at 100,000 requests, against 750 with the code in the statement).
			if (!WorkingLanguages.CODES.contains(filter.language())) {
				return new Triage.Page(List.of(), null, null);
			}
			sql.append(" and exists (select 1 from help_request_language l where l.language = '")
				.append(filter.language()).append("' and l.request_id = help_request.id)");
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
		if (cursor != null) {
			sql.append(" and ").append(keys.after(backwards));
			params.putAll(cursor.params());
		}
		sql.append(" order by ").append(keys.order(backwards)).append(" fetch first ")
			.append(Triage.Filter.PAGE_SIZE + 1).append(" rows only");
		List<Triage.Row> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(TriageQueue::row).list());
		boolean more = rows.size() > Triage.Filter.PAGE_SIZE;
		if (more) {
			rows.removeLast();
		}
		if (!backwards) {
			return new Triage.Page(rows, more ? QueueCursor.of(filter.sort(), rows.getLast()) : null,
					cursor != null && !rows.isEmpty() ? QueueCursor.of(filter.sort(), rows.getFirst()) : null);
		}
		if (!more) {
			// back at the start: the first page, whole
			return search(filter.first(), viewer, now);
		}
		java.util.Collections.reverse(rows);
		return new Triage.Page(rows, QueueCursor.of(filter.sort(), rows.getLast()),
				QueueCursor.of(filter.sort(), rows.getFirst()));
	}

	/**
	 * The overview's figures, from the tally: new requests, open emergencies, open and unassigned, waiting for the
	 * requester's answer. One read of a few hundred rows, whatever the number of requests (bounded counts over the
	 * table cost four scans of a thousand index entries each once the queue was that long).
	 */
	public List<OverviewFigure> figures() {
		Triage.Counts counts = tally.counts();
		return List.of(
				new OverviewFigure("new", "overview.newRequests", counts.byStatus().get(RequestStatus.NEW),
						"/staff/requests?status=NEW", 10, true),
				new OverviewFigure("emergencies", "overview.emergencies", counts.emergencies(),
						"/staff/requests?urgency=EMERGENCY", 20, true),
				new OverviewFigure("unassigned", "overview.unassigned", counts.unassigned(),
						"/staff/requests?assigned=NOBODY", 30, true),
				new OverviewFigure("waiting-answer", "overview.waitingAnswer",
						counts.byStatus().get(RequestStatus.NEEDS_INFORMATION), "/staff/requests?status=NEEDS_INFORMATION",
						40, false));
	}

	/** The counts at the top of the queue, from the tally (a few hundred rows, whatever the number of requests). */
	public Triage.Counts counts() {
		return tally.counts();
	}

	static Triage.Row row(ResultSet rs, int n) throws SQLException {
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
