package org.tandem.evaluation.figures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.tandem.evaluation.chart.BarChart;
import org.tandem.evaluation.chart.ChartText;
import org.tandem.evaluation.chart.GroupedBars;
import org.tandem.evaluation.chart.Row;
import org.tandem.evaluation.figures.ProgramReport;

/** The program figures as charts (each with its table): the same cells as the CSV files and the API. */
record FigureCharts(BarChart requests, GroupedBars yearOverYear, BarChart handoffs, GroupedBars confirmation,
		GroupedBars usefulness, GroupedBars recommends, BarChart referrals, BarChart cohortsClosed,
		GroupedBars completion, GroupedBars surveySatisfaction, GroupedBars surveyRecommend) {

	static FigureCharts of(ProgramReport report, FigureTexts t, boolean rightToLeft) {
		String count = t.text("evaluation.figures.count");
		BarChart requests = BarChart.of(text(t, "requests", "evaluation.figures.month"),
				t.text("evaluation.figures.requests.count"),
				report.requests().stream().map(m -> Row.of(t.month(m.month()), t.value(m.requests()))).toList(),
				rightToLeft);

		int months = report.requests().size();
		List<ProgramReport.Month> lastYear = report.requests().subList(Math.max(0, months - 12), months);
		GroupedBars yearOverYear = GroupedBars.of(text(t, "yearOverYear", "evaluation.figures.month"),
				List.of(t.text("evaluation.figures.yearOverYear.this"), t.text("evaluation.figures.yearOverYear.before")),
				lastYear.stream().map(m -> new Row(t.month(m.month()), List.of(t.value(m.requests()), t.value(m.yearBefore()))))
					.toList(), null, rightToLeft);

		BarChart handoffs = BarChart.of(text(t, "handoffs", "evaluation.figures.quarter"), count,
				report.handoffs().stream().map(q -> Row.of(t.quarter(q.quarterStart()), t.value(q.byDays().total()))).toList(),
				rightToLeft);
		GroupedBars confirmation = GroupedBars.of(text(t, "confirmation", "evaluation.figures.quarter"),
				ProgramReport.DAYS_BUCKETS.stream().map(t::days).toList(),
				report.handoffs().stream()
					.map(q -> new Row(t.quarter(q.quarterStart()), q.byDays().cells().stream().map(t::value).toList()))
					.toList(), null, rightToLeft);

		List<String> sides = report.satisfaction().stream().map(s -> t.side(s.side())).toList();
		GroupedBars usefulness = GroupedBars.of(text(t, "usefulness", "evaluation.figures.usefulness"), sides,
				IntStream.range(0, ProgramReport.USEFULNESS.size())
					.mapToObj(i -> new Row(t.usefulness(ProgramReport.USEFULNESS.get(i)), report.satisfaction().stream()
						.map(s -> t.value(s.usefulness().cells().get(i))).toList()))
					.toList(), null, rightToLeft);
		GroupedBars recommends = GroupedBars.of(text(t, "recommends", "evaluation.figures.recommends"), sides,
				IntStream.range(0, ProgramReport.RECOMMENDS.size())
					.mapToObj(i -> new Row(t.recommends(ProgramReport.RECOMMENDS.get(i)), report.satisfaction().stream()
						.map(s -> t.value(s.recommends().cells().get(i))).toList()))
					.toList(), null, rightToLeft);

		ProgramReport.Referrals referred = report.referrals();
		List<Row> sources = new ArrayList<>();
		for (int i = 0; i < referred.sources().size(); i++) {
			sources.add(Row.of(t.source(referred.sources().get(i)), t.value(referred.bySource().cells().get(i))));
		}
		BarChart referrals = BarChart.of(text(t, "referrals", "evaluation.figures.source"), count, sources, rightToLeft);

		BarChart cohortsClosed = BarChart.of(text(t, "cohortsClosed", "evaluation.figures.year"), count,
				report.cohorts().stream().map(y -> Row.of(t.year(y.year()), t.value(y.closed()))).toList(), rightToLeft);
		GroupedBars completion = GroupedBars.of(text(t, "completion", "evaluation.figures.year"),
				List.of(t.text("evaluation.figures.completion.completed"), t.text("evaluation.figures.completion.left")),
				report.cohorts().stream()
					.map(y -> new Row(t.year(y.year()), y.completion().cells().stream().map(t::value).toList()))
					.toList(), null, rightToLeft);
		List<String> targets = report.surveys().stream().map(s -> t.target(s.target())).toList();
		GroupedBars surveySatisfaction = GroupedBars.of(text(t, "surveySatisfaction", "evaluation.figures.satisfaction"),
				targets, IntStream.range(0, ProgramReport.SATISFACTION.size())
					.mapToObj(i -> new Row(t.satisfaction(ProgramReport.SATISFACTION.get(i)), report.surveys().stream()
						.map(s -> t.value(s.satisfaction().cells().get(i))).toList()))
					.toList(), null, rightToLeft);
		GroupedBars surveyRecommend = GroupedBars.of(text(t, "surveyRecommend", "evaluation.figures.recommendBand"),
				targets, IntStream.range(0, ProgramReport.RECOMMEND_BANDS.size())
					.mapToObj(i -> new Row(t.band(ProgramReport.RECOMMEND_BANDS.get(i)), report.surveys().stream()
						.map(s -> t.value(s.recommend().cells().get(i))).toList()))
					.toList(), null, rightToLeft);
		return new FigureCharts(requests, yearOverYear, handoffs, confirmation, usefulness, recommends, referrals,
				cohortsClosed, completion, surveySatisfaction, surveyRecommend);
	}

	/** A chart's texts: its id on the page, title and description from {@code evaluation.figures.<name>.*}. */
	private static ChartText text(FigureTexts t, String name, String categoryKey) {
		String id = "figure-" + name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
		return new ChartText(id, t.text("evaluation.figures." + name + ".title"),
				t.text("evaluation.figures." + name + ".description"), t.text(categoryKey));
	}

}
