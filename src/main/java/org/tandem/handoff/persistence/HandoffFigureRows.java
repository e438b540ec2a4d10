package org.tandem.handoff.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.handoff.HandoffFigures;

/**
 * The counters summed per quarter: each table's key starts with (or holds) the quarter, and a hub has at most a few
 * hundred cells per quarter, so a figure reads a bounded range, never the handoffs themselves.
 */
@Component
class HandoffFigureRows implements HandoffFigures {

	private final JdbcClient jdbc;

	HandoffFigureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Confirmed> confirmed(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select quarter_start, days_bucket, sum(handoffs) as n from handoff_tally
				where quarter_start between :from and :to
				group by quarter_start, days_bucket order by quarter_start, days_bucket""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, row) -> new Confirmed(rs.getDate("quarter_start").toLocalDate(), rs.getString("days_bucket"),
					rs.getLong("n")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Outcome> outcomes(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select side, usefulness, recommends, sum(handoffs) as n from handoff_outcome_tally
				where quarter_start between :from and :to
				group by side, usefulness, recommends order by side, usefulness, recommends""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, row) -> new Outcome(rs.getString("side"), rs.getInt("usefulness"), rs.getString("recommends"),
					rs.getLong("n")))
			.list();
	}

}
