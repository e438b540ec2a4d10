package org.tandem.handoff.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counters of confirmed handoffs that outlive their requests: the month, the world region, the services, the days it
 * took and the offers it needed; nothing names a request, an organization or a provider.
 */
@Component
public class Tally {

	private final JdbcClient jdbc;

	Tally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void count(Instant confirmedAt, String region, List<String> services, int daysToConfirm, int offersMade,
			boolean anonymous) {
		jdbc.sql("""
				insert into handoff_tally (id, confirmed_month, region, services, days_to_confirm, offers_made, anonymous)
				values (:id, :month, :region, :services, :days, :offers, :anonymous)""")
			.param("id", UUID.randomUUID())
			.param("month", YearMonth.from(confirmedAt.atZone(ZoneOffset.UTC)).toString())
			.param("region", region)
			.param("services", String.join(",", services.stream().sorted().toList()))
			.param("days", daysToConfirm)
			.param("offers", offersMade)
			.param("anonymous", anonymous)
			.update();
	}

	/** The counters by month and region, newest first. */
	public List<Row> rows() {
		return jdbc.sql("""
				select confirmed_month, region, count(*) as handoffs, avg(days_to_confirm) as days,
				sum(case when anonymous then 1 else 0 end) as anonymous_count
				from handoff_tally group by confirmed_month, region order by confirmed_month desc, region""")
			.query((rs, i) -> new Row(rs.getString("confirmed_month"), rs.getString("region"), rs.getInt("handoffs"),
					rs.getDouble("days"), rs.getInt("anonymous_count")))
			.list();
	}

	public record Row(String month, String region, int handoffs, double averageDays, int anonymous) {
	}

}
