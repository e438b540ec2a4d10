package org.tandem.privacy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a purge leaves behind to show it happened: a random code, the times, the reason and the kinds of data
 * destroyed with their counts. Nothing in it identifies anyone.
 */
public record PurgeReceipt(String code, Instant requestedAt, @Nullable Instant completedAt, String reason,
		List<Destroyed> destroyed) {

	public boolean complete() {
		return completedAt != null;
	}

	/** A kind of data and how many records of it were destroyed. */
	public record Destroyed(String kind, int count) {
	}

}
