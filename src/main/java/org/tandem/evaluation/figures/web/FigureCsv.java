package org.tandem.evaluation.figures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


import org.jspecify.annotations.Nullable;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.evaluation.figures.ProgramReport;
import org.tandem.platform.Csv;

/**
 * The program figures as CSV files, one per figure, with the cells exactly as the page shows them (rounded, or the
 * words saying why hidden) and the totals the groups publish. Headings in the reader's language.
 */
enum FigureCsv {

	REQUESTS, HANDOFFS, SATISFACTION, REFERRALS, COHORTS, SURVEYS;

	/** The figure named in a link ({@code ?figure=requests}); empty for anything else. */
	static Optional<FigureCsv> named(String name) {
		for (FigureCsv figure : values()) {
			if (figure.slug().equals(name)) {
				return Optional.of(figure);
			}
		}
		return Optional.empty();
	}

	String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	byte[] write(ProgramReport report, FigureTexts t) {
		Csv csv = new Csv();
		switch (this) {
			case REQUESTS -> {
				csv.row(List.of(t.text("evaluation.figures.month"), t.text("evaluation.figures.requests.count"),
						t.text("evaluation.figures.yearOverYear.before")));
				report.requests()
					.forEach(m -> csv.row(List.of(m.month().toString(), t.cell(m.requests()), t.cell(m.yearBefore()))));
			}
			case HANDOFFS -> {
				List<String> heading = new ArrayList<>(List.of(t.text("evaluation.figures.quarter")));
				ProgramReport.DAYS_BUCKETS.forEach(bucket -> heading.add(t.days(bucket)));
				heading.add(t.text("evaluation.figures.total"));
				csv.row(heading);
				report.handoffs().forEach(q -> csv.row(row(t.quarter(q.quarterStart()), q.byDays(), t)));
			}
			case SATISFACTION -> {
				List<String> heading = new ArrayList<>(List.of(t.text("evaluation.figures.side")));
				ProgramReport.USEFULNESS.forEach(score -> heading.add(t.usefulness(score)));
				heading.add(t.text("evaluation.figures.usefulness.answered"));
				ProgramReport.RECOMMENDS.forEach(answer -> heading.add(t.recommends(answer)));
				heading.add(t.text("evaluation.figures.recommends.answered"));
				heading.add(t.text("evaluation.figures.unanswered"));
				csv.row(heading);
				for (ProgramReport.Satisfaction side : report.satisfaction()) {
					List<String> row = new ArrayList<>(row(t.side(side.side()), side.usefulness(), t));
					row.addAll(row(null, side.recommends(), t));
					row.add(t.cell(side.unanswered()));
					csv.row(row);
				}
			}
			case REFERRALS -> {
				List<String> heading = new ArrayList<>(List.of(t.text("evaluation.figures.period")));
				report.referrals().sources().forEach(source -> heading.add(t.source(source)));
				heading.add(t.text("evaluation.figures.total"));
				csv.row(heading);
				csv.row(row(report.referrals().from() + "/" + report.referrals().to(), report.referrals().bySource(), t));
			}
			case COHORTS -> {
				csv.row(List.of(t.text("evaluation.figures.year"), t.text("evaluation.figures.cohortsClosed.count"),
						t.text("evaluation.figures.completion.completed"), t.text("evaluation.figures.completion.left"),
						t.text("evaluation.figures.total")));
				report.cohorts().forEach(y -> {
					List<String> row = new ArrayList<>(List.of(String.valueOf(y.year()), t.cell(y.closed())));
					row.addAll(row(null, y.completion(), t));
					csv.row(row);
				});
			}
			case SURVEYS -> {
				List<String> heading = new ArrayList<>(List.of(t.text("evaluation.figures.target")));
				ProgramReport.SATISFACTION.forEach(point -> heading.add(t.satisfaction(point)));
				heading.add(t.text("evaluation.figures.satisfaction.answered"));
				ProgramReport.RECOMMEND_BANDS.forEach(band -> heading.add(t.band(band)));
				heading.add(t.text("evaluation.figures.recommends.answered"));
				csv.row(heading);
				for (ProgramReport.SurveyAnswers target : report.surveys()) {
					List<String> row = new ArrayList<>(row(t.target(target.target()), target.satisfaction(), t));
					row.addAll(row(null, target.recommend(), t));
					csv.row(row);
				}
			}
		}
		return csv.bytes();
	}

	private static List<String> row(@Nullable String first, Disclosure.Group group, FigureTexts t) {
		List<String> row = new ArrayList<>();
		if (first != null) {
			row.add(first);
		}
		group.cells().forEach(cell -> row.add(t.cell(cell)));
		row.add(t.cell(group.total()));
		return row;
	}

}
