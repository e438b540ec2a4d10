package org.tandem.handoff.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counters of confirmed handoffs that outlive their requests, kept only as coarse as disclosure control allows: the
 * quarter, the region group, the service group, days to confirmed contact and offers needed in buckets, and whether
 * the request was anonymous. Nothing names a request, an organization or a provider; reports show a cell only above
 * a minimum group size ({@code docs/handoff.md}).
 */
@Component
public class Tally {

	private final JdbcClient jdbc;

	Tally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one confirmed handoff in its cell. */
	public void count(Cell cell) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("quarter_start", cell.quarterStart());
		key.put("region_group", cell.regionGroup());
		key.put("service_group", cell.serviceGroup());
		key.put("days_bucket", cell.daysBucket());
		key.put("offers_bucket", cell.offersBucket());
		key.put("anonymous", cell.anonymous());
		Counters.increment(jdbc, "handoff_tally", key);
	}

	/**
	 * One cell of the counters.
	 *
	 * @param quarterStart the first day of the quarter contact was confirmed in (UTC)
	 * @param regionGroup the M49 region (AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA) or UNKNOWN
	 * @param serviceGroup the main group of the services (ASSESS, PREVENT, RESPOND, SUPPORT) or UNKNOWN
	 * @param daysBucket days from the first offer to confirmed contact: 0-7, 8-30 or 31+
	 * @param offersBucket offers sent: 1, 2 or 3+
	 */
	public record Cell(LocalDate quarterStart, String regionGroup, String serviceGroup, String daysBucket,
			String offersBucket, boolean anonymous) {
	}

}
