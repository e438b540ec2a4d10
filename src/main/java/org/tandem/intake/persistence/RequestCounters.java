package org.tandem.intake.persistence;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.Approach;
import org.tandem.intake.ReferralSource;
import org.tandem.intake.RequestCounts;

/**
 * The monthly counters of requests and of referral answers (V56). A submission adds one to one slot of its cell,
 * picked at random, so that submissions arriving together do not wait on one row's lock; a cell's slot row is made
 * on first use (when the update finds none) by an insert that does nothing when it exists (it waits for a
 * concurrent insert of the same row to commit, on PostgreSQL and on H2), then updated. Months are UTC.
 */
@Component
class RequestCounters implements RequestCounts, RequestCounting {

	static final int SLOTS = 4;

	private final JdbcClient jdbc;

	RequestCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void submitted(Instant at, Approach approach, boolean anonymous, @Nullable ReferralSource referral) {
		Date month = Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1));
		int slot = ThreadLocalRandom.current().nextInt(SLOTS);
		Map<String, Object> cell = Map.of("month", month, "approach", approach.name(), "anonymous", anonymous, "slot",
				slot);
		count("""
				update intake_request_month_tally set requests = requests + 1
				where month_start = :month and approach = :approach and anonymous = :anonymous and slot = :slot""", """
				insert into intake_request_month_tally (month_start, approach, anonymous, slot, requests)
				values (:month, :approach, :anonymous, :slot, 0) on conflict do nothing""", cell);
		if (referral != null) {
			count("""
					update intake_referral_tally set requests = requests + 1
					where month_start = :month and source = :source and slot = :slot""", """
					insert into intake_referral_tally (month_start, source, slot, requests)
					values (:month, :source, :slot, 0) on conflict do nothing""",
					Map.of("month", month, "source", referral.name(), "slot", slot));
		}
	}

	/**
	 * Adds one to a cell's slot: one statement when the row exists, as it does for all but the month's first
	 * submissions into that slot; otherwise the row is made first (or found made by a concurrent insert) and updated.
	 */
	private void count(String update, String insert, Map<String, Object> cell) {
		if (jdbc.sql(update).params(cell).update() == 1) {
			return;
		}
		jdbc.sql(insert).params(cell).update();
		require(jdbc.sql(update).params(cell).update());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Monthly> monthly(YearMonth from, YearMonth to) {
		return jdbc.sql("""
				select month_start, approach, anonymous, sum(requests) as n from intake_request_month_tally
				where month_start between :from and :to
				group by month_start, approach, anonymous order by month_start, approach, anonymous""")
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.query((rs, row) -> new Monthly(YearMonth.from(rs.getDate("month_start").toLocalDate()),
					Approach.valueOf(rs.getString("approach")), rs.getBoolean("anonymous"), rs.getLong("n")))
			.list()
			.stream()
			.filter(m -> m.requests() > 0)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Referred> referrals(YearMonth from, YearMonth to) {
		return jdbc.sql("""
				select month_start, source, sum(requests) as n from intake_referral_tally
				where month_start between :from and :to
				group by month_start, source order by month_start, source""")
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.query((rs, row) -> new Referred(YearMonth.from(rs.getDate("month_start").toLocalDate()),
					ReferralSource.valueOf(rs.getString("source")), rs.getLong("n")))
			.list()
			.stream()
			.filter(r -> r.requests() > 0)
			.toList();
	}

	private static void require(int updated) {
		if (updated != 1) {
			throw new IllegalStateException("A request counter row is missing");
		}
	}

}
