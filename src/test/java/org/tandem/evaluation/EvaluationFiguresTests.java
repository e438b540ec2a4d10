package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.evaluation.EvaluationFigures.EndRound;
import org.tandem.evaluation.EvaluationFigures.FullFigures;
import org.tandem.evaluation.EvaluationFigures.FullScores;
import org.tandem.evaluation.EvaluationFigures.LightRound;
import org.tandem.evaluation.EvaluationFigures.LightScores;
import org.tandem.evaluation.EvaluationFigures.OutcomeChange;

/** The plan's figures against examples worked out by hand (the working is in the comments). */
class EvaluationFiguresTests {

	/*
	 * Five outcomes, one of them the organization's own (objective 2), scored at baseline and final, one with a
	 * mid-term too:
	 *   1.1 (obj 1) 2 -> 4: change +2, 2/2 = 100.0 %, potential 2/(5-2) = 66.67 -> 66.7 %
	 *   2.4 (obj 2) 1 -> (mid 2) -> 3: change +2, 2/1 = 200.0 %, potential 2/4 = 50.0 %
	 *   own (obj 2) 3 -> 3: change 0, 0.0 %, potential 0/2 = 0.0 %
	 *   3.1 (obj 3) 5 -> 4: change -1, -1/5 = -20.0 %, potential not applicable (baseline 5)
	 *   4.3 (obj 4) 4 -> 5: change +1, 1/4 = 25.0 %, potential 1/1 = 100.0 %
	 * Objectives' average final: 1 -> 4.00; 2 -> (3+3)/2 = 3.00; 3 -> 4.00; 4 -> 5.00 (baselines 2.00, 2.00, 5.00, 4.00)
	 * Overall: average final (4+3+3+4+5)/5 = 3.80; average change (2+2+0-1+1)/5 = 0.80;
	 *   average percentage (100+200+0-20+25)/5 = 61.0; potential (66.666..+50+0+100)/4 = 54.1666.. -> 54.2
	 */
	@Test
	void aFullPlanWithACustomOutcome() {
		FullFigures figures = EvaluationFigures.full(List.of(new FullScores("1.1", 1, 2, null, 4),
				new FullScores("2.4", 2, 1, 2, 3), new FullScores("own", 2, 3, null, 3),
				new FullScores("3.1", 3, 5, null, 4), new FullScores("4.3", 4, 4, null, 5)));
		OutcomeChange first = figures.outcomes().get(0);
		assertThat(first.change()).isEqualTo(2);
		assertThat(first.changePercent()).isEqualByComparingTo("100.0");
		assertThat(first.potentialReached()).isEqualByComparingTo("66.7");
		assertThat(first.endRound()).isEqualTo(EndRound.FINAL);
		assertThat(figures.outcomes().get(1).changePercent()).isEqualByComparingTo("200.0");
		assertThat(figures.outcomes().get(1).potentialReached()).isEqualByComparingTo("50.0");
		assertThat(figures.outcomes().get(2).change()).isZero();
		assertThat(figures.outcomes().get(2).potentialReached()).isEqualByComparingTo("0.0");
		OutcomeChange atTheTop = figures.outcomes().get(3);
		assertThat(atTheTop.changePercent()).isEqualByComparingTo("-20.0");
		assertThat(atTheTop.potentialReached()).isNull();
		assertThat(atTheTop.potentialApplicable()).isFalse();
		assertThat(figures.outcomes().get(4).potentialReached()).isEqualByComparingTo("100.0");

		assertThat(figures.objectives()).extracting(a -> a.objective()).containsExactly(1, 2, 3, 4);
		assertThat(figures.objectives()).extracting(a -> a.averageEnd().toPlainString())
			.containsExactly("4.00", "3.00", "4.00", "5.00");
		assertThat(figures.objectives()).extracting(a -> a.averageBaseline().toPlainString())
			.containsExactly("2.00", "2.00", "5.00", "4.00");
		assertThat(figures.objectives().get(1).outcomes()).isEqualTo(2);
		assertThat(figures.averageScore()).isEqualByComparingTo("3.80");
		assertThat(figures.averageChange()).isEqualByComparingTo("0.80");
		assertThat(figures.averageChangePercent()).isEqualByComparingTo("61.0");
		assertThat(figures.potentialReached().toPlainString()).isEqualTo("54.2");
		assertThat(figures.allFinal()).isTrue();
	}

	/*
	 * Missing rounds:
	 *   a (obj 1) 3 -> mid 4, no final: measured up to the mid-term, change +1, 1/3 = 33.33 -> 33.3 %, potential
	 *     1/2 = 50.0 %
	 *   b (obj 1) 2, nothing after: no change, no potential (still applicable)
	 *   c (obj 2) no baseline (added later), final 3: an end score, but no change
	 * Objective 1: average end 4.00 (a only), baseline (3+2)/2 = 2.50; objective 2: end 3.00, no baseline.
	 * Overall: end (4+3)/2 = 3.50; change 1.00; 33.3 %; potential 50.0 %; not all final.
	 */
	@Test
	void missingMidtermAndFinalScoresBreakNothing() {
		FullFigures figures = EvaluationFigures.full(List.of(new FullScores("a", 1, 3, 4, null),
				new FullScores("b", 1, 2, null, null), new FullScores("c", 2, null, null, 3)));
		OutcomeChange a = figures.outcomes().get(0);
		assertThat(a.endRound()).isEqualTo(EndRound.MIDTERM);
		assertThat(a.change()).isEqualTo(1);
		assertThat(a.changePercent()).isEqualByComparingTo("33.3");
		assertThat(a.potentialReached()).isEqualByComparingTo("50.0");
		OutcomeChange b = figures.outcomes().get(1);
		assertThat(b.end()).isNull();
		assertThat(b.change()).isNull();
		assertThat(b.potentialReached()).isNull();
		assertThat(b.potentialApplicable()).isTrue();
		assertThat(figures.outcomes().get(2).change()).isNull();
		assertThat(figures.outcomes().get(2).end()).isEqualTo(3);
		assertThat(figures.objectives().get(0).averageEnd()).isEqualByComparingTo("4.00");
		assertThat(figures.objectives().get(0).averageBaseline()).isEqualByComparingTo("2.50");
		assertThat(figures.objectives().get(1).averageBaseline()).isNull();
		assertThat(figures.averageScore()).isEqualByComparingTo("3.50");
		assertThat(figures.averageChange()).isEqualByComparingTo("1.00");
		assertThat(figures.averageChangePercent()).isEqualByComparingTo("33.3");
		assertThat(figures.potentialReached()).isEqualByComparingTo("50.0");
		assertThat(figures.allFinal()).isFalse();
	}

	/* Nothing scored yet: every figure is absent, nothing fails. */
	@Test
	void aPlanWithoutScores() {
		FullFigures figures = EvaluationFigures.full(List.of(new FullScores("x", 5, null, null, null)));
		assertThat(figures.averageScore()).isNull();
		assertThat(figures.averageChange()).isNull();
		assertThat(figures.potentialReached()).isNull();
		assertThat(EvaluationFigures.full(List.of()).outcomes()).isEmpty();
		assertThat(EvaluationFigures.light(List.of())).isEmpty();
	}

	/*
	 * Averages are of exact values, rounded once, half up:
	 *   three outcomes 3 -> 4, 3 -> 4, 4 -> 5: percentages 33.333.., 33.333.., 25 -> exact mean 91.666../3 = 30.555..
	 *   -> 30.6 (averaging the rounded 33.3, 33.3, 25.0 would give 30.53 -> 30.5)
	 *   eight end scores 2,2,2,2,2,2,2,3: 17/8 = 2.125 -> 2.13 (half up, not half even)
	 */
	@Test
	void roundingIsOnceAndHalfUp() {
		FullFigures figures = EvaluationFigures.full(List.of(new FullScores("a", 1, 3, null, 4),
				new FullScores("b", 1, 3, null, 4), new FullScores("c", 1, 4, null, 5)));
		assertThat(figures.averageChangePercent().toPlainString()).isEqualTo("30.6");
		List<FullScores> eight = new java.util.ArrayList<>(Collections.nCopies(7, new FullScores("d", 2, 1, null, 2)));
		eight.add(new FullScores("e", 2, 1, null, 3));
		assertThat(EvaluationFigures.full(eight).averageScore().toPlainString()).isEqualTo("2.13");
		// 9/8 = 1.125 -> 1.13
		assertThat(EvaluationFigures.full(eight).averageChange().toPlainString()).isEqualTo("1.13");
	}

	/*
	 * A light plan, two rounds:
	 *   p (obj 1): red, yellow; q (obj 1): yellow, green; r (obj 3): red, green
	 * Round 1: obj 1 (1+2)/2 = 1.50 -> yellow (1.5 is not below 1.5); obj 3 1.00 -> red; overall 4/3 = 1.33 -> red
	 * Round 2: obj 1 (2+3)/2 = 2.50 -> green; obj 3 3.00 -> green; overall 8/3 = 2.67 -> green
	 * An outcome added in round 2 only (s, obj 2, yellow) counts in round 2 alone: overall 10/4 = 2.50 -> green
	 */
	@Test
	void lightAveragesAndTheirColours() {
		List<LightScores> scores = List.of(new LightScores("p", 1, Map.of(1, 1, 2, 2)),
				new LightScores("q", 1, Map.of(1, 2, 2, 3)), new LightScores("r", 3, Map.of(1, 1, 2, 3)));
		List<LightRound> rounds = EvaluationFigures.light(scores);
		assertThat(rounds).extracting(LightRound::round).containsExactly(1, 2);
		assertThat(rounds.get(0).objectives().get(1).average()).isEqualByComparingTo("1.50");
		assertThat(rounds.get(0).objectives().get(1).colour()).isEqualTo(Light.YELLOW);
		assertThat(rounds.get(0).objectives().get(3).colour()).isEqualTo(Light.RED);
		assertThat(rounds.get(0).overall().average().toPlainString()).isEqualTo("1.33");
		assertThat(rounds.get(0).overall().colour()).isEqualTo(Light.RED);
		assertThat(rounds.get(1).objectives().get(1).average()).isEqualByComparingTo("2.50");
		assertThat(rounds.get(1).objectives().get(1).colour()).isEqualTo(Light.GREEN);
		assertThat(rounds.get(1).overall().average().toPlainString()).isEqualTo("2.67");
		assertThat(rounds.get(1).overall().colour()).isEqualTo(Light.GREEN);
		assertThat(rounds.get(1).overall().counted()).isEqualTo(3);

		List<LightScores> withALateOne = new java.util.ArrayList<>(scores);
		withALateOne.add(new LightScores("s", 2, Map.of(2, 2)));
		List<LightRound> later = EvaluationFigures.light(withALateOne);
		assertThat(later.get(0).overall().counted()).isEqualTo(3);
		assertThat(later.get(1).overall().average()).isEqualByComparingTo("2.50");
		assertThat(later.get(1).objectives()).containsKeys(1, 2, 3);
	}

	/* The colour is read from the exact average: 1.4975 shows as 1.50 but is still red. */
	@Test
	void coloursComeFromTheExactAverage() {
		assertThat(EvaluationFigures.colourOf(new BigDecimal("1.4975"))).isEqualTo(Light.RED);
		assertThat(EvaluationFigures.colourOf(new BigDecimal("1.5"))).isEqualTo(Light.YELLOW);
		assertThat(EvaluationFigures.colourOf(new BigDecimal("2.4999"))).isEqualTo(Light.YELLOW);
		assertThat(EvaluationFigures.colourOf(new BigDecimal("2.5"))).isEqualTo(Light.GREEN);
		// 599 reds and yellows over 400 outcomes: 1.4975, shown 1.50, red
		List<LightScores> many = new java.util.ArrayList<>();
		for (int i = 0; i < 400; i++) {
			many.add(new LightScores("o" + i, 1, Map.of(1, i < 201 ? 1 : 2)));
		}
		var overall = EvaluationFigures.light(many).get(0).overall();
		assertThat(overall.average().toPlainString()).isEqualTo("1.50");
		assertThat(overall.colour()).isEqualTo(Light.RED);
	}

}
