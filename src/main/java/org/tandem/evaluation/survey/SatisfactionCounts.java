package org.tandem.evaluation.survey;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door for the program's figures: satisfaction (SCALE questions, 1–5) and recommendation (RECOMMEND, 0–10)
 * counts per quarter and target kind, summed over the staff surveys that asked them, from the tally only. Raw counts:
 * the caller passes them through disclosure control before showing any.
 */
@Service
public class SatisfactionCounts {

	private final JdbcClient jdbc;

	SatisfactionCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every counted answer from {@code from} on (a quarter's first day), oldest quarter first. */
	@Transactional(readOnly = true)
	public List<Count> since(LocalDate from) {
		return jdbc.sql("select quarter_start, target_kind, question_type, bucket, sum(respondents) as n from survey_tally "
				+ "where question_type in ('SCALE', 'RECOMMEND') and bucket <> 'NONE' and quarter_start >= :from "
				+ "group by quarter_start, target_kind, question_type, bucket order by quarter_start")
			.param("from", java.sql.Date.valueOf(from))
			.query((rs, n) -> new Count(rs.getDate("quarter_start").toLocalDate(),
					TargetKind.valueOf(rs.getString("target_kind")),
					rs.getString("question_type").equals("SCALE") ? Measure.SATISFACTION : Measure.RECOMMEND,
					Integer.parseInt(rs.getString("bucket")), rs.getInt("n")))
			.list();
	}

	/** What was asked. */
	public enum Measure {
		/** Satisfaction, 1–5. */
		SATISFACTION,
		/** Would you recommend us, 0–10. */
		RECOMMEND
	}

	/** How many respondents gave a point on a measure in a quarter, about a kind of target. */
	public record Count(LocalDate quarterStart, TargetKind targetKind, Measure measure, int point, int respondents) {
	}

}
