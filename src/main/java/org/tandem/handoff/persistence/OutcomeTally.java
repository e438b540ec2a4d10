package org.tandem.handoff.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the program learns from a handoff once its request is purged: for each side that lets itself be counted, one
 * count in a coarse cell (approach, service group, region group, quarter, days to contact) with its last usefulness
 * score and recommendation. Never free text, never an id; reports show a cell only above a minimum group size.
 */
@Component
public class OutcomeTally {

	/** The usefulness of a side that answered no survey. */
	public static final int NO_SCORE = 0;

	/** The recommendation of a side that answered no survey. */
	public static final String NO_ANSWER = "NONE";

	private final JdbcClient jdbc;

	OutcomeTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one side of one handoff in its cell. */
	public void count(Cell cell) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("side", cell.side());
		key.put("approach", cell.approach());
		key.put("service_group", cell.serviceGroup());
		key.put("region_group", cell.regionGroup());
		key.put("quarter_start", cell.quarterStart());
		key.put("days_bucket", cell.daysBucket());
		key.put("usefulness", cell.usefulness());
		key.put("recommends", cell.recommends());
		Counters.increment(jdbc, "handoff_outcome_tally", key);
	}

	/**
	 * One cell.
	 *
	 * @param side ORGANIZATION or PROVIDER
	 * @param approach the approach the organization asked for (INTRODUCTION, COHORT, NOT_SURE)
	 * @param usefulness 1–5, or {@link #NO_SCORE}
	 * @param recommends YES, NO, UNSURE, or {@link #NO_ANSWER}
	 */
	public record Cell(String side, String approach, String serviceGroup, String regionGroup, LocalDate quarterStart,
			String daysBucket, int usefulness, String recommends) {
	}

}
