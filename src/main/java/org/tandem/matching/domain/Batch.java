package org.tandem.matching.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.platform.InvalidInput;

/**
 * A batch proposal: the solver's assignment of a queue, the greedy baseline's figures beside it, and each row as
 * proposed and as staff edited it. Applied once; ids and scores only.
 */
@Table("match_batch")
public class Batch {

	@Id
	private final UUID id;

	private final String reference;

	private final UUID createdBy;

	private final Instant createdAt;

	private final @Nullable String approach;

	private final boolean placeAsMany;

	private final @Nullable Integer maxShare;

	private final int optimalPlaced;

	private final long optimalTotal;

	private final int greedyPlaced;

	private final long greedyTotal;

	/** Proposed within a set of providers (a cohort's): shown, edited and applied only by the page that chose them. */
	private final boolean withinPool;

	private @Nullable UUID appliedBy;

	private @Nullable Instant appliedAt;

	@MappedCollection(idColumn = "batch_id", keyColumn = "position")
	private final List<Row> rows;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Batch(UUID id, String reference, UUID createdBy, Instant createdAt, @Nullable String approach, boolean placeAsMany,
			@Nullable Integer maxShare, int optimalPlaced, long optimalTotal, int greedyPlaced, long greedyTotal,
			boolean withinPool, @Nullable UUID appliedBy, @Nullable Instant appliedAt, List<Row> rows,
			@Nullable Long version) {
		this.id = id;
		this.reference = reference;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.approach = approach;
		this.placeAsMany = placeAsMany;
		this.maxShare = maxShare;
		this.optimalPlaced = optimalPlaced;
		this.optimalTotal = optimalTotal;
		this.greedyPlaced = greedyPlaced;
		this.greedyTotal = greedyTotal;
		this.withinPool = withinPool;
		this.appliedBy = appliedBy;
		this.appliedAt = appliedAt;
		this.rows = new ArrayList<>(rows);
		this.version = version;
	}

	static Batch proposed(String reference, UUID actor, Instant now, @Nullable String approach, boolean placeAsMany,
			@Nullable Integer maxShare, int optimalPlaced, long optimalTotal, int greedyPlaced, long greedyTotal,
			boolean withinPool, List<Row> rows) {
		return new Batch(UUID.randomUUID(), reference, actor, now, approach, placeAsMany, maxShare, optimalPlaced,
				optimalTotal, greedyPlaced, greedyTotal, withinPool, null, null, rows, null);
	}

	public boolean withinPool() {
		return withinPool;
	}

	void applied(UUID actor, Instant now) {
		requireOpen();
		this.appliedBy = actor;
		this.appliedAt = now;
	}

	private void requireOpen() {
		if (appliedAt != null) {
			throw new InvalidInput("batch", "matching.batch.alreadyApplied");
		}
	}

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public UUID createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable String approach() {
		return approach;
	}

	public boolean placeAsMany() {
		return placeAsMany;
	}

	public @Nullable Integer maxShare() {
		return maxShare;
	}

	public int optimalPlaced() {
		return optimalPlaced;
	}

	public long optimalTotal() {
		return optimalTotal;
	}

	public int greedyPlaced() {
		return greedyPlaced;
	}

	public long greedyTotal() {
		return greedyTotal;
	}

	public @Nullable UUID appliedBy() {
		return appliedBy;
	}

	public @Nullable Instant appliedAt() {
		return appliedAt;
	}

	public List<Row> rows() {
		return List.copyOf(rows);
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public int placed() {
		return (int) rows.stream().filter(r -> r.providerId() != null).count();
	}

	public long total() {
		return rows.stream().mapToLong(Row::score).sum();
	}

	public long edits() {
		return rows.stream().filter(Row::edited).count();
	}

	/** One request of the batch: the solver's provider and score, and the current ones. */
	@Table("match_batch_row")
	public record Row(UUID requestId, @Nullable UUID proposedProvider, int proposedScore, @Nullable UUID providerId,
			int score) {

		public boolean edited() {
			return !java.util.Objects.equals(proposedProvider, providerId);
		}

	}

}
