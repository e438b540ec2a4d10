package org.tandem.evaluation.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.evaluation.EvaluationFigures;
import org.tandem.evaluation.PlanSide;

/** A plan as its page shows it: the plan, the side it is seen from, its outcomes in order and their current scores. */
public record PlanState(EvaluationPlan plan, PlanSide side, List<PlanOutcome> outcomes, List<Score> scores) {

	public PlanState {
		outcomes = List.copyOf(outcomes);
		scores = List.copyOf(scores);
	}

	/** The current score of an outcome in a round, if it has one. */
	public @Nullable Score current(UUID outcomeId, int round) {
		return index().get(outcomeId + "/" + round);
	}

	private Map<String, Score> index() {
		Map<String, Score> index = new HashMap<>();
		scores.forEach(s -> index.put(s.outcomeId() + "/" + s.round(), s));
		return index;
	}

	public boolean roundScored(int round) {
		return scores.stream().anyMatch(s -> s.round() == round);
	}

	/** The latest round that holds a score (0 when none does). */
	public int latestRound() {
		return scores.stream().mapToInt(Score::round).max().orElse(0);
	}

	/** The rounds that hold a score, in order. */
	public List<Integer> rounds() {
		return List.copyOf(new TreeSet<>(scores.stream().map(Score::round).toList()));
	}

	public boolean scored() {
		return !scores.isEmpty();
	}

	/** The full plan's figures, by outcome id. */
	public EvaluationFigures.FullFigures fullFigures() {
		Map<String, Score> index = index();
		return EvaluationFigures.full(outcomes.stream()
			.map(o -> new EvaluationFigures.FullScores(o.id().toString(), o.objective(),
					value(index, o, EvaluationPlans.BASELINE), value(index, o, EvaluationPlans.MIDTERM),
					value(index, o, EvaluationPlans.FINAL)))
			.toList());
	}

	/** The light plan's rounds and their averages. */
	public List<EvaluationFigures.LightRound> lightFigures() {
		return EvaluationFigures.light(outcomes.stream().map(o -> {
			Map<Integer, Integer> lights = new HashMap<>();
			scores.stream().filter(s -> s.outcomeId().equals(o.id())).forEach(s -> lights.put(s.round(), s.score()));
			return new EvaluationFigures.LightScores(o.id().toString(), o.objective(), lights);
		}).filter(l -> !l.lights().isEmpty()).toList());
	}

	private static @Nullable Integer value(Map<String, Score> index, PlanOutcome outcome, int round) {
		Score score = index.get(outcome.id() + "/" + round);
		return score == null ? null : score.score();
	}

}
