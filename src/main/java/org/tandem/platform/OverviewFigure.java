package org.tandem.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure on the staff overview ("12 new requests"), linking to the list it counts. Modules declare beans of
 * {@link Provider}. Counts stop at {@link #CAP}: each is a count over at most that many index entries, so the
 * overview costs the same with a hundred rows or a hundred thousand, and shows "1000+" past it.
 *
 * @param id a stable id for the page ({@code figure-<id>})
 * @param messageKey the label's message key, a plural pattern taking the count
 * @param count how many (a bounded count stops at {@link #CAP} + 1; a kept tally may say more, shown the same way)
 * @param path the filtered list that shows them
 * @param order where it goes on the overview
 * @param attention whether a figure above zero asks for someone to act (shown highlighted)
 */
public record OverviewFigure(String id, String messageKey, long count, String path, int order, boolean attention) {

	public static final int CAP = 1000;

	/** Whether there are more than {@link #CAP}, shown as "1000+". */
	public boolean capped() {
		return count > CAP;
	}

	public long shown() {
		return Math.min(count, CAP);
	}

	/**
	 * Counts the rows a {@code from … where …} clause selects, stopping after {@link #CAP} + 1 of them; the clause
	 * should be answerable from an index.
	 */
	public static long boundedCount(JdbcClient jdbc, String fromWhere, Map<String, ?> params) {
		return jdbc.sql("select count(*) from (select 1 as one from " + fromWhere + " fetch first " + (CAP + 1)
				+ " rows only) capped").params(params).query(Long.class).single();
	}

	/** A module's figures for the overview. */
	public interface Provider {

		List<OverviewFigure> figures(Instant now);

	}

}
