package org.tandem.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one organization's plan, computed from its scores alone (never compared with another
 * organization's). Pure: no Spring, no database.
 *
 * <p>Full mode, per outcome: the change from the baseline to the <em>end</em> score, which is the final score, or the
 * mid-term score while there is no final (the figure says which); absolute and as a percentage of the baseline,
 * {@code (end - baseline) / baseline}; and the potential reached, {@code (end - baseline) / (5 - baseline)} (not
 * applicable at a baseline of 5). Per objective: the average end score. Overall: the average end score, the average
 * change (absolute and percentage) and the average potential reached, each over the outcomes that have the figure.
 * Light mode: per round, the average light (1–3) per objective and overall, and the colour it falls in: below 1.5
 * red, below 2.5 yellow, else green (compared before rounding).
 *
 * <p>Rounding: every figure is computed exactly (decimal, 34 digits) from the whole scores, and rounded once, half
 * up, when it is given: scores and absolute changes to 2 decimals, percentages to 1 decimal. Averages are of the
 * exact per-outcome values, not of rounded ones.
 */
public final class EvaluationFigures {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal RED_BELOW = new BigDecimal("1.5");

	private static final BigDecimal YELLOW_BELOW = new BigDecimal("2.5");

	private EvaluationFigures() {
	}

	/** The round a change is measured up to. */
	public enum EndRound {

		MIDTERM, FINAL

	}

	/** One outcome's scores in a full plan (1–5; null where the round was not scored). */
	public record FullScores(String key, int objective, @Nullable Integer baseline, @Nullable Integer midterm,
			@Nullable Integer finalScore) {
	}

	/** One outcome's lights in a light plan, by round number (1–3 each). */
	public record LightScores(String key, int objective, Map<Integer, Integer> lights) {

		public LightScores {
			lights = Map.copyOf(lights);
		}

	}

	/**
	 * One outcome's change. {@code end} is the final score or, without one, the mid-term's ({@code endRound} says
	 * which; both null when only the baseline, or nothing, was scored). {@code potentialReached} is null when there is
	 * no change yet or the baseline was 5 ({@code potentialApplicable} false).
	 */
	public record OutcomeChange(String key, int objective, @Nullable Integer baseline, @Nullable Integer midterm,
			@Nullable Integer finalScore, @Nullable Integer end, @Nullable EndRound endRound, @Nullable Integer change,
			@Nullable BigDecimal changePercent, @Nullable BigDecimal potentialReached, boolean potentialApplicable) {
	}

	/** An objective's average baseline and end scores, over its outcomes that have them (null when none). */
	public record ObjectiveAverage(int objective, int outcomes, @Nullable BigDecimal averageBaseline,
			@Nullable BigDecimal averageEnd) {
	}

	/**
	 * A full plan's figures. {@code allFinal} is false when some end score is a mid-term's (the change is then "up to
	 * the mid-term" for those outcomes).
	 */
	public record FullFigures(List<OutcomeChange> outcomes, List<ObjectiveAverage> objectives,
			@Nullable BigDecimal averageScore, @Nullable BigDecimal averageChange,
			@Nullable BigDecimal averageChangePercent, @Nullable BigDecimal potentialReached, boolean allFinal) {
	}

	/** An average of lights and the colour it falls in. */
	public record LightAverage(BigDecimal average, Light colour, int counted) {
	}

	/** One round of a light plan: the average per objective (objectives with a light only) and overall. */
	public record LightRound(int round, SortedMap<Integer, LightAverage> objectives, LightAverage overall) {
	}

	/** The figures of a full plan. */
	public static FullFigures full(List<FullScores> scores) {
		List<OutcomeChange> changes = scores.stream().map(EvaluationFigures::change).toList();
		SortedMap<Integer, List<OutcomeChange>> byObjective = new TreeMap<>();
		changes.forEach(c -> byObjective.computeIfAbsent(c.objective(), o -> new ArrayList<>()).add(c));
		List<ObjectiveAverage> objectives = new ArrayList<>();
		byObjective.forEach((objective, list) -> objectives.add(new ObjectiveAverage(objective, list.size(),
				round2(mean(list.stream().map(c -> decimal(c.baseline())).toList())),
				round2(mean(list.stream().map(c -> decimal(c.end())).toList())))));
		List<OutcomeChange> changed = changes.stream().filter(c -> c.change() != null).toList();
		return new FullFigures(changes, objectives, round2(mean(changes.stream().map(c -> decimal(c.end())).toList())),
				round2(mean(changed.stream().map(c -> decimal(c.change())).toList())),
				round1(mean(changed.stream().map(EvaluationFigures::exactPercent).toList())),
				round1(mean(changed.stream().map(EvaluationFigures::exactPotential).toList())),
				changes.stream().allMatch(c -> c.endRound() != EndRound.MIDTERM));
	}

	/** The rounds of a light plan, in order, with their averages. */
	public static List<LightRound> light(List<LightScores> scores) {
		SortedMap<Integer, List<LightScores>> rounds = new TreeMap<>();
		scores.forEach(s -> s.lights().keySet().forEach(r -> rounds.computeIfAbsent(r, x -> new ArrayList<>()).add(s)));
		List<LightRound> result = new ArrayList<>();
		rounds.forEach((round, list) -> {
			SortedMap<Integer, List<Integer>> byObjective = new TreeMap<>();
			list.forEach(s -> byObjective.computeIfAbsent(s.objective(), o -> new ArrayList<>()).add(s.lights().get(round)));
			SortedMap<Integer, LightAverage> objectives = new TreeMap<>();
			byObjective.forEach((objective, lights) -> objectives.put(objective, lightAverage(lights)));
			result.add(new LightRound(round, objectives,
					lightAverage(list.stream().map(s -> s.lights().get(round)).toList())));
		});
		return result;
	}

	/** The colour an exact average of lights falls in: below 1.5 red, below 2.5 yellow, else green. */
	public static Light colourOf(BigDecimal average) {
		if (average.compareTo(RED_BELOW) < 0) {
			return Light.RED;
		}
		return average.compareTo(YELLOW_BELOW) < 0 ? Light.YELLOW : Light.GREEN;
	}

	private static LightAverage lightAverage(List<Integer> lights) {
		BigDecimal exact = mean(lights.stream().map(EvaluationFigures::decimal).toList());
		if (exact == null) {
			throw new IllegalArgumentException("no lights");
		}
		return new LightAverage(exact.setScale(2, RoundingMode.HALF_UP), colourOf(exact), lights.size());
	}

	static OutcomeChange change(FullScores s) {
		Integer end = s.finalScore() != null ? s.finalScore() : s.midterm();
		EndRound endRound = s.finalScore() != null ? EndRound.FINAL : s.midterm() != null ? EndRound.MIDTERM : null;
		Integer baseline = s.baseline();
		if (baseline == null || end == null) {
			return new OutcomeChange(s.key(), s.objective(), baseline, s.midterm(), s.finalScore(), end, endRound, null,
					null, null, baseline == null || baseline < 5);
		}
		int change = end - baseline;
		OutcomeChange partial = new OutcomeChange(s.key(), s.objective(), baseline, s.midterm(), s.finalScore(), end,
				endRound, change, null, null, baseline < 5);
		return new OutcomeChange(s.key(), s.objective(), baseline, s.midterm(), s.finalScore(), end, endRound, change,
				round1(exactPercent(partial)), round1(exactPotential(partial)), baseline < 5);
	}

	private static @Nullable BigDecimal exactPercent(OutcomeChange c) {
		if (c.change() == null || c.baseline() == null) {
			return null;
		}
		return BigDecimal.valueOf(c.change()).multiply(HUNDRED).divide(BigDecimal.valueOf(c.baseline()), EXACT);
	}

	private static @Nullable BigDecimal exactPotential(OutcomeChange c) {
		if (c.change() == null || c.baseline() == null || c.baseline() >= 5) {
			return null;
		}
		return BigDecimal.valueOf(c.change()).multiply(HUNDRED).divide(BigDecimal.valueOf(5 - c.baseline()), EXACT);
	}

	private static @Nullable BigDecimal decimal(@Nullable Integer value) {
		return value == null ? null : BigDecimal.valueOf(value);
	}

	/** The exact mean of the values that are there, or null when none is. */
	private static @Nullable BigDecimal mean(List<@Nullable BigDecimal> values) {
		List<BigDecimal> present = values.stream().filter(v -> v != null).map(Function.<BigDecimal>identity()).toList();
		if (present.isEmpty()) {
			return null;
		}
		return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(present.size()), EXACT);
	}

	private static @Nullable BigDecimal round2(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	private static @Nullable BigDecimal round1(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
	}

}
