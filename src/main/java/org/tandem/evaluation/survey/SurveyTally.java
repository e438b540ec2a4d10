package org.tandem.evaluation.survey;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts kept apart from the answers: per survey, question, answer bucket, target kind and quarter. Nothing here
 * names an organization or a person or holds text, so an organization's purge leaves it; a cell is only ever shown
 * through disclosure control. The insert that does nothing when the row exists waits for a concurrent insert of the
 * same row, so two answers counted into one new row both count (as handoff's counters do).
 */
@Component
class SurveyTally {

	/** Question 0 of every survey counts its respondents. */
	static final String RESPONDENT = "RESPONDENT";

	private final JdbcClient jdbc;

	SurveyTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void count(UUID surveyId, int questionNo, String bucket, String type, TargetKind kind, LocalDate quarter) {
		jdbc.sql("insert into survey_tally (survey_id, question_no, bucket, question_type, target_kind, quarter_start, "
				+ "respondents) values (:s, :q, :b, :t, :k, :quarter, 0) on conflict do nothing")
			.param("s", surveyId).param("q", questionNo).param("b", bucket).param("t", type)
			.param("k", kind.name()).param("quarter", Date.valueOf(quarter))
			.update();
		jdbc.sql("update survey_tally set respondents = respondents + 1 where survey_id = :s and question_no = :q "
				+ "and bucket = :b and target_kind = :k and quarter_start = :quarter")
			.param("s", surveyId).param("q", questionNo).param("b", bucket)
			.param("k", kind.name()).param("quarter", Date.valueOf(quarter))
			.update();
	}

	/** A survey's cells, summed over quarters, for one target kind or all. */
	List<Cell> cells(UUID surveyId, @org.jspecify.annotations.Nullable TargetKind kind) {
		return jdbc.sql("select question_no, bucket, sum(respondents) as n from survey_tally where survey_id = :s"
				+ (kind == null ? "" : " and target_kind = :k") + " group by question_no, bucket")
			.param("s", surveyId)
			.params(kind == null ? java.util.Map.of() : java.util.Map.of("k", kind.name()))
			.query((rs, n) -> new Cell(rs.getInt("question_no"), rs.getString("bucket"), rs.getInt("n")))
			.list();
	}

	/** One cell: how many respondents gave this answer. */
	record Cell(int questionNo, String bucket, int respondents) {
	}

	static LocalDate quarterStart(LocalDate day) {
		return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

}
