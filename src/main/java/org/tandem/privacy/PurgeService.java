package org.tandem.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.privacy.keys.DataKeyStore;

/**
 * Destroys everything held for an owner, for good: first the owner's keys (so nothing sealed can be read from this
 * moment, nor from any backup of the database), then every module's rows, then the files, keeping only counters.
 *
 * <p>A purge is recorded before it starts and advances step by step: {@code REQUESTED → KEYS_DESTROYED →
 * ROWS_DELETED → FILES_DELETED → DONE}. Each step is idempotent, and each participant's deletion commits together
 * with the record that it is done, so a purge interrupted anywhere is finished by the next run ({@link
 * #finishPending()}), without orphan keys, rows or files and without counting anything twice.
 */
@Service
public class PurgeService {

	private static final Logger log = LoggerFactory.getLogger(PurgeService.class);

	static final List<String> STEPS = List.of("REQUESTED", "KEYS_DESTROYED", "ROWS_DELETED", "FILES_DELETED", "DONE");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DataKeyStore keys;

	private final List<PurgeParticipant> participants;

	private final List<OwnerFiles> files;

	private final Clock clock;

	/** Called after each step; tests use it to interrupt a purge between steps. */
	Consumer<String> afterStep = step -> {
	};

	PurgeService(JdbcClient jdbc, TransactionTemplate transactions, DataKeyStore keys,
			List<PurgeParticipant> participants, List<OwnerFiles> files, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.keys = keys;
		this.participants = participants.stream().sorted(Comparator.comparing(PurgeParticipant::name)).toList();
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Records a purge of the owner and carries it out now. Asking again for the same owner returns the first
	 * receipt (and finishes that purge if it was interrupted). If carrying it out fails, the purge stays recorded
	 * and the scheduled job finishes it; the keys are destroyed before anything else can fail.
	 */
	public PurgeReceipt purge(UUID owner, PurgeReason reason) {
		UUID id;
		try {
			id = record(owner, reason);
		}
		catch (org.springframework.dao.DuplicateKeyException twoAtOnce) {
			// asked twice at the same moment: the other request recorded it
			id = existing(owner).orElseThrow();
		}
		try {
			advance(id, owner);
		}
		catch (RuntimeException e) {
			log.warn("Purge {} interrupted ({}{}); the purge job will finish it", id, e.getClass().getSimpleName(),
					sqlState(e));
		}
		return receiptOf(id).orElseThrow();
	}

	private UUID record(UUID owner, PurgeReason reason) {
		return transactions.execute(status -> existing(owner).orElseGet(() -> {
			UUID fresh = UUID.randomUUID();
			jdbc.sql("""
					insert into privacy_purge (id, owner_id, reason, requested_at, step, receipt_code)
					values (:id, :owner, :reason, :at, 'REQUESTED', :code)""")
				.param("id", fresh)
				.param("owner", owner)
				.param("reason", reason.value())
				.param("at", Timestamp.from(clock.instant()))
				.param("code", ReceiptCodes.next())
				.update();
			return fresh;
		}));
	}

	/** Finishes every purge that was interrupted; returns how many were finished. */
	public int finishPending() {
		List<Pending> pending = jdbc.sql("select id, owner_id from privacy_purge where step <> 'DONE'")
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class)))
			.list();
		int finished = 0;
		for (Pending purge : pending) {
			try {
				advance(purge.id(), purge.owner());
				finished++;
			}
			catch (RuntimeException e) {
				log.warn("Purge {} still not finished ({})", purge.id(), e.getClass().getSimpleName());
			}
		}
		return finished;
	}

	/**
	 * Re-applies purges after a restore: an owner whose keys were destroyed (the key store keeps a tombstone) but
	 * whose purge this database does not know finished, because the database came from a backup taken before it,
	 * is purged again, so the rows the backup brought back are deleted too. Returns how many owners were purged.
	 */
	public int reapplyDestroyedKeys() {
		Set<UUID> done = Set.copyOf(jdbc.sql("select owner_id from privacy_purge where step = 'DONE'")
			.query(UUID.class)
			.list());
		// The database's record is the other half: a key store or files restored from a copy taken before a purge
		// lose the purged owners' keys and files again.
		for (UUID owner : keys.notDestroyed(done)) {
			keys.destroy(owner);
		}
		for (UUID owner : done) {
			for (OwnerFiles store : files) {
				store.deleteAll(owner);
			}
		}
		int count = 0;
		for (UUID owner : keys.destroyedOwners()) {
			if (!done.contains(owner)) {
				purge(owner, PurgeReason.RESTORE);
				count++;
			}
		}
		return count;
	}

	/** The receipt with this code, for the requester who holds it. */
	public Optional<PurgeReceipt> receipt(String code) {
		if (!ReceiptCodes.wellFormed(code)) {
			return Optional.empty();
		}
		return jdbc.sql("select id from privacy_purge where receipt_code = :code")
			.param("code", code)
			.query(UUID.class)
			.optional()
			.flatMap(this::receiptOf);
	}

	/** The receipt of the purge of this owner, if there was one. */
	public Optional<PurgeReceipt> receiptFor(UUID owner) {
		return existing(owner).flatMap(this::receiptOf);
	}

	/** The most recent purges, newest first, for staff. */
	public List<PurgeReceipt> recent(int limit) {
		return receipts(jdbc.sql("select id from privacy_purge order by requested_at desc limit :limit")
			.param("limit", limit)
			.query(UUID.class)
			.list());
	}

	private void advance(UUID id, UUID owner) {
		String step = step(id);
		if (step.equals("REQUESTED")) {
			keys.destroy(owner);
			step = moveTo(id, "KEYS_DESTROYED");
		}
		if (step.equals("KEYS_DESTROYED")) {
			Set<String> done = Set.copyOf(jdbc.sql("select distinct participant from privacy_purge_item where purge_id = :id")
				.param("id", id)
				.query(String.class)
				.list());
			for (PurgeParticipant participant : participants) {
				if (!done.contains(participant.name())) {
					transactions.executeWithoutResult(status -> record(id, participant, participant.purge(owner)));
					afterStep.accept("participant:" + participant.name());
				}
			}
			step = moveTo(id, "ROWS_DELETED");
		}
		if (step.equals("ROWS_DELETED")) {
			for (OwnerFiles store : files) {
				store.deleteAll(owner);
			}
			step = moveTo(id, "FILES_DELETED");
		}
		if (step.equals("FILES_DELETED")) {
			keys.destroy(owner); // a restored key folder may have brought keys back: destroy again
			jdbc.sql("update privacy_purge set step = 'DONE', completed_at = :at where id = :id")
				.param("at", Timestamp.from(clock.instant()))
				.param("id", id)
				.update();
			afterStep.accept("DONE");
		}
	}

	private void record(UUID id, PurgeParticipant participant, Map<String, Integer> destroyed) {
		for (String kind : destroyed.keySet()) {
			if (!participant.kinds().contains(kind)) {
				// the receipt could not name it: refuse rather than show a raw key on the proof of deletion
				throw new IllegalStateException("Purge participant " + participant.name() + " counted an undeclared kind " + kind);
			}
		}
		Map<String, Integer> kinds = destroyed.isEmpty() ? Map.of(participant.name(), 0) : destroyed;
		LocalDate month = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
		kinds.forEach((kind, count) -> {
			jdbc.sql("""
					insert into privacy_purge_item (purge_id, participant, kind, destroyed)
					values (:id, :participant, :kind, :count)""")
				.param("id", id)
				.param("participant", participant.name())
				.param("kind", kind)
				.param("count", count)
				.update();
			if (count > 0) {
				int updated = jdbc.sql("update privacy_counter set destroyed = destroyed + :count where kind = :kind and month_start = :month")
					.param("count", count)
					.param("kind", kind)
					.param("month", month)
					.update();
				if (updated == 0) {
					jdbc.sql("insert into privacy_counter (kind, month_start, destroyed) values (:kind, :month, :count)")
						.param("kind", kind)
						.param("month", month)
						.param("count", count)
						.update();
				}
			}
		});
	}

	private String moveTo(UUID id, String step) {
		jdbc.sql("update privacy_purge set step = :step where id = :id").param("step", step).param("id", id).update();
		afterStep.accept(step);
		return step;
	}

	private String step(UUID id) {
		return jdbc.sql("select step from privacy_purge where id = :id").param("id", id).query(String.class).single();
	}

	private Optional<UUID> existing(UUID owner) {
		return jdbc.sql("select id from privacy_purge where owner_id = :owner")
			.param("owner", owner)
			.query(UUID.class)
			.optional();
	}

	private Optional<PurgeReceipt> receiptOf(UUID id) {
		return receipts(List.of(id)).stream().findFirst();
	}

	/** The receipts of these purges, in the order given: two queries, however many there are. */
	private List<PurgeReceipt> receipts(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<PurgeReceipt.Destroyed>> destroyed = new java.util.HashMap<>();
		jdbc.sql("""
				select purge_id, kind, sum(destroyed) as total from privacy_purge_item
				where purge_id in (:ids) and destroyed > 0 group by purge_id, kind order by kind""")
			.param("ids", ids)
			.query((rs, n) -> destroyed.computeIfAbsent(rs.getObject("purge_id", UUID.class), k -> new ArrayList<>())
				.add(new PurgeReceipt.Destroyed(rs.getString("kind"), rs.getInt("total"))))
			.list();
		Map<UUID, PurgeReceipt> receipts = new java.util.HashMap<>();
		jdbc.sql("select id, receipt_code, requested_at, completed_at, reason from privacy_purge where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return receipts.put(id, new PurgeReceipt(rs.getString("receipt_code"),
						rs.getTimestamp("requested_at").toInstant(),
						Optional.ofNullable(rs.getTimestamp("completed_at")).map(Timestamp::toInstant).orElse(null),
						rs.getString("reason"), List.copyOf(destroyed.getOrDefault(id, List.of()))));
			})
			.list();
		return ids.stream().map(receipts::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The SQL state of a database failure, which names its kind (never the values, which a message may quote). */
	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql) {
				return ", SQL state " + sql.getSQLState();
			}
		}
		return "";
	}

	private record Pending(UUID id, UUID owner) {
	}

}
