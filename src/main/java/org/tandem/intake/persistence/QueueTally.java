package org.tandem.intake.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.conversion.DbAction;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.mapping.event.BeforeSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Urgency;
import org.tandem.intake.domain.HelpRequest;
import org.tandem.intake.domain.Triage;

/**
 * The counts at the top of the queue, kept in {@code help_request_tally} in the same transaction as every change that
 * moves a request from one cell (status, urgency, assigned or not, reply waiting or not) to another, so that reading
 * them sums at most a few hundred rows however many requests there are. Each cell is split over
 * {@value #SLOTS} slots and a change picks one at random, so concurrent submissions rarely wait on the same row;
 * the two rows a change touches are always updated in the same order, so two changes cannot deadlock on them.
 * <p>
 * Every save of a request passes here before it is written ({@link BeforeSaveCallback}); the stored row is read
 * {@code for update} first, so a change racing with another sees the other's result, and the version check that
 * refuses the loser rolls its counting back with it. A purge takes its request out through {@link #remove(UUID)}.
 */
@Component
class QueueTally implements BeforeSaveCallback<HelpRequest> {

	static final int SLOTS = 8;

	private final JdbcClient jdbc;

	QueueTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public HelpRequest onBeforeSave(HelpRequest request, MutableAggregateChange<HelpRequest> change) {
		Cell now = new Cell(request.status(), request.urgency(), request.assignedTo() != null, request.awaitingStaff());
		// a new request has no stored row to read: one round trip less for every submission
		Cell before = inserts(change) ? null : stored(request.id());
		if (!now.equals(before)) {
			move(before, now);
		}
		return request;
	}

	/** Takes a request out of the counts, before its row is deleted. */
	void remove(UUID id) {
		Cell before = stored(id);
		if (before != null) {
			move(before, null);
		}
	}

	Triage.Counts counts() {
		Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			byStatus.put(status, 0L);
		}
		long[] open = new long[4]; // open, unassigned, emergencies, awaiting
		jdbc.sql("""
				select status, urgency, assigned, awaiting, sum(requests) as n from help_request_tally
				group by status, urgency, assigned, awaiting""").query((rs, row) -> {
			RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
			long n = rs.getLong("n");
			byStatus.merge(status, n, Long::sum);
			if (status.isOpen()) {
				open[0] += n;
				open[1] += rs.getBoolean("assigned") ? 0 : n;
				open[2] += Urgency.valueOf(rs.getString("urgency")) == Urgency.EMERGENCY ? n : 0;
				open[3] += rs.getBoolean("awaiting") ? n : 0;
			}
			return null;
		}).list();
		return new Triage.Counts(byStatus, open[0], open[1], open[2], open[3]);
	}

	private static boolean inserts(MutableAggregateChange<HelpRequest> change) {
		boolean[] insert = { false };
		change.forEachAction(action -> insert[0] |= action instanceof DbAction.InsertRoot);
		return insert[0];
	}

	private @Nullable Cell stored(UUID id) {
		return jdbc.sql("select status, urgency, assigned_to, awaiting_staff from help_request where id = :id for update")
			.param("id", id)
			.query((rs, row) -> new Cell(RequestStatus.valueOf(rs.getString("status")),
					Urgency.valueOf(rs.getString("urgency")), rs.getObject("assigned_to") != null,
					rs.getBoolean("awaiting_staff")))
			.optional()
			.orElse(null);
	}

	private void move(@Nullable Cell from, @Nullable Cell to) {
		int slot = ThreadLocalRandom.current().nextInt(SLOTS);
		List<Delta> deltas = new ArrayList<>(2);
		if (from != null) {
			deltas.add(new Delta(from, -1));
		}
		if (to != null) {
			deltas.add(new Delta(to, 1));
		}
		deltas.sort(Comparator.comparing(d -> d.cell().key()));
		for (Delta delta : deltas) {
			Cell cell = delta.cell();
			int updated = jdbc.sql("""
					update help_request_tally set requests = requests + :delta
					where status = :status and urgency = :urgency and assigned = :assigned and awaiting = :awaiting
					and slot = :slot""")
				.param("delta", delta.by())
				.param("status", cell.status().name())
				.param("urgency", cell.urgency().name())
				.param("assigned", cell.assigned())
				.param("awaiting", cell.awaiting())
				.param("slot", slot)
				.update();
			if (updated != 1) {
				// every cell is created by the migration that brings its status or urgency (V25 for today's)
				throw new IllegalStateException("The request tally has no cell " + cell.key() + "/" + slot);
			}
		}
	}

	record Cell(RequestStatus status, Urgency urgency, boolean assigned, boolean awaiting) {

		String key() {
			return status + "/" + urgency + "/" + assigned + "/" + awaiting;
		}

	}

	private record Delta(Cell cell, int by) {
	}

}
