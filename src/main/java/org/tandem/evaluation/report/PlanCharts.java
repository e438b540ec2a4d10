package org.tandem.evaluation.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.evaluation.EvaluationFigures;
import org.tandem.evaluation.chart.ChartText;
import org.tandem.evaluation.chart.GroupedBars;
import org.tandem.evaluation.chart.Light;
import org.tandem.evaluation.chart.LightsTimeline;
import org.tandem.evaluation.chart.Row;
import org.tandem.evaluation.chart.Value;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.domain.Score;

/**
 * The charts of one plan's page, from its own scores (never beside another organization's): a full plan's scores
 * per outcome (baseline, mid-term, final) and its average baseline and end score per objective; a light plan's lights
 * per outcome over its rounds. A chart is null while the plan holds no score.
 */
public record PlanCharts(@Nullable GroupedBars scores, @Nullable GroupedBars objectives,
		@Nullable LightsTimeline lights) {

	static final double MOST = 5;

	/** The charts of a plan; {@code titles} are its outcomes' titles, in the order of {@link PlanState#outcomes()}. */
	public static PlanCharts of(PlanState state, List<String> titles, Words words, boolean rightToLeft) {
		if (titles.size() != state.outcomes().size()) {
			throw new IllegalArgumentException("one title per outcome");
		}
		if (!state.scored()) {
			return new PlanCharts(null, null, null);
		}
		if (state.plan().light()) {
			return new PlanCharts(null, null, lights(state, titles, words, rightToLeft));
		}
		return new PlanCharts(scores(state, titles, words, rightToLeft),
				objectives(state.fullFigures(), words, rightToLeft), null);
	}

	static GroupedBars scores(PlanState state, List<String> titles, Words words, boolean rightToLeft) {
		List<Integer> rounds = List.of(EvaluationPlans.BASELINE, EvaluationPlans.MIDTERM, EvaluationPlans.FINAL);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			PlanOutcome outcome = state.outcomes().get(i);
			rows.add(new Row(titles.get(i), rounds.stream().map(round -> {
				Score score = state.current(outcome.id(), round);
				return score == null ? Value.none(words.text("evaluation.plan.chart.notScored"))
						: Value.of(score.score(), words.text("evaluation.score.value." + score.score()));
			}).toList()));
		}
		return GroupedBars.of(text("evaluation-chart-scores", "scores", "evaluation.framework.outcome", words),
				rounds.stream().map(r -> words.text("evaluation.score.round." + r)).toList(), rows, MOST, rightToLeft);
	}

	static GroupedBars objectives(EvaluationFigures.FullFigures figures, Words words, boolean rightToLeft) {
		List<Row> rows = figures.objectives().stream()
			.map(o -> new Row(words.text("evaluation.framework.objectiveNumber", o.objective()),
					List.of(average(o.averageBaseline(), words), average(o.averageEnd(), words))))
			.toList();
		return GroupedBars.of(text("evaluation-chart-objectives", "objectives", "evaluation.outcome.objective", words),
				List.of(words.text("evaluation.score.averageBaseline"), words.text("evaluation.score.averageEnd")), rows,
				MOST, rightToLeft);
	}

	static LightsTimeline lights(PlanState state, List<String> titles, Words words, boolean rightToLeft) {
		List<Integer> rounds = state.rounds();
		List<LightsTimeline.LightRow> rows = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			PlanOutcome outcome = state.outcomes().get(i);
			List<@Nullable Light> lights = new ArrayList<>();
			for (int round : rounds) {
				Score score = state.current(outcome.id(), round);
				lights.add(score == null ? null : Light.values()[score.score() - 1]);
			}
			rows.add(new LightsTimeline.LightRow(titles.get(i), lights));
		}
		return LightsTimeline.of(text("evaluation-chart-lights", "lights", "evaluation.framework.outcome", words),
				rounds.stream().map(r -> words.text("evaluation.score.lightRound", r)).toList(), rows, rightToLeft);
	}

	private static Value average(@Nullable BigDecimal average, Words words) {
		return average == null ? Value.none(words.text("evaluation.plan.chart.notScored"))
				: Value.of(average.doubleValue(), average.toPlainString());
	}

	private static ChartText text(String id, String name, String categoryKey, Words words) {
		return new ChartText(id, words.text("evaluation.plan.chart." + name + ".title"),
				words.text("evaluation.plan.chart." + name + ".description"), words.text(categoryKey));
	}

}
