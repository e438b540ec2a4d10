package org.tandem.evaluation.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.evaluation.chart.LightsTimeline.LightRow;

/**
 * The chart model: scales, coordinates, mirroring and empty data, computed by hand. The frame: a 480 × 280 view box,
 * the plot from x 44 to 468 (424 wide) and from y 16 down to the baseline at 232 (216 high).
 */
class ChartTests {

	private static final ChartText TEXT = new ChartText("requests", "Requests", "Requests per month", "Month");

	@Test
	void theScaleReachesARoundNumberAboveTheLargestValue() {
		assertThat(Frame.over(17, null, false).max()).isEqualTo(20);
		assertThat(Frame.over(17, null, false).ticks()).extracting(Frame.Tick::label)
			.containsExactly("0", "5", "10", "15", "20");
		assertThat(Frame.over(230, null, false).max()).isEqualTo(250);
		assertThat(Frame.over(0, null, false).max()).isEqualTo(1);
		assertThat(Frame.over(3, 5.0, false).max()).isEqualTo(5);
		assertThat(Frame.over(3, 5.0, false).ticks()).hasSize(6);
		assertThat(Frame.over(17, null, false).ticks().getFirst().y()).isEqualTo(232);
		assertThat(Frame.over(17, null, false).ticks().getLast().y()).isEqualTo(16);
	}

	@Test
	void barsStandOnTheBaselineWithHeightsInScale() {
		BarChart chart = BarChart.of(TEXT, "Requests",
				List.of(Row.of("Jan", Value.of(10, "10")), Row.of("Feb", Value.of(20, "20"))), false);
		// Scale 0..20: 20 is the whole plot (216), 10 half of it (108). Each slot is 212 wide, the bar 159.
		assertThat(chart.bars()).extracting(BarChart.Bar::height).containsExactly(108.0, 216.0);
		assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(124.0, 16.0);
		assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(159.0, 159.0);
		assertThat(chart.bars()).extracting(BarChart.Bar::x).containsExactly(70.5, 282.5);
		assertThat(chart.bars()).allMatch(BarChart.Bar::valueWritten);
	}

	@Test
	void onRightToLeftPagesTheFirstBarStandsAtTheRightAndTheAxisTooIsOnTheRight() {
		List<Row> rows = List.of(Row.of("Jan", Value.of(10, "10")), Row.of("Feb", Value.of(20, "20")));
		BarChart leftToRight = BarChart.of(TEXT, "Requests", rows, false);
		BarChart rightToLeft = BarChart.of(TEXT, "Requests", rows, true);
		// Mirrored: x' = 480 - x - width.
		assertThat(rightToLeft.bars()).extracting(BarChart.Bar::x).containsExactly(250.5, 38.5);
		assertThat(rightToLeft.bars().getFirst().x() + rightToLeft.bars().getFirst().width())
			.isEqualTo(480 - leftToRight.bars().getFirst().x());
		assertThat(rightToLeft.frame().axisX()).isEqualTo(436);
		assertThat(leftToRight.frame().axisX()).isEqualTo(44);
		assertThat(rightToLeft.frame().tickAnchor()).isEqualTo("start");
	}

	@Test
	void aHiddenValueIsNotDrawnButKeepsItsWordsForTheTable() {
		BarChart chart = BarChart.of(TEXT, "Requests",
				List.of(Row.of("Jan", Value.none("fewer than 5")), Row.of("Feb", Value.of(5, "5"))), false);
		assertThat(chart.bars().getFirst().drawn()).isFalse();
		assertThat(chart.bars().getFirst().height()).isZero();
		assertThat(chart.bars().getFirst().valueText()).isEqualTo("fewer than 5");
		assertThat(chart.bars().getFirst().valueWritten()).isFalse();
		assertThat(chart.frame().max()).isEqualTo(5);
	}

	@Test
	void manyCategoriesAreLabelledEveryNthAndTheirValuesAreLeftToTheTable() {
		List<Row> rows = java.util.stream.IntStream.range(0, 24)
			.mapToObj(i -> Row.of("M" + i, Value.of(i, Integer.toString(i)))).toList();
		BarChart chart = BarChart.of(TEXT, "Requests", rows, false);
		// 24 months, at most 8 labels: every third.
		assertThat(chart.bars().stream().filter(BarChart.Bar::labelled).map(BarChart.Bar::label))
			.containsExactly("M0", "M3", "M6", "M9", "M12", "M15", "M18", "M21");
		assertThat(chart.bars()).noneMatch(BarChart.Bar::valueWritten);
	}

	@Test
	void emptyDataMakesAnEmptyChart() {
		assertThat(BarChart.of(TEXT, "Requests", List.of(), false).empty()).isTrue();
		assertThat(GroupedBars.of(TEXT, List.of("Baseline"), List.of(), 5.0, false).empty()).isTrue();
		assertThat(LineChart.of(TEXT, List.of("This year"), List.of(), null, false).empty()).isTrue();
		assertThat(LightsTimeline.of(TEXT, List.of(), List.of(), false).empty()).isTrue();
		assertThat(BarChart.of(TEXT, "Requests", List.of(), false).frame().max()).isEqualTo(1);
	}

	@Test
	void groupedBarsOnAFixedScoreScaleWithAMissingMidTerm() {
		GroupedBars chart = GroupedBars.of(new ChartText("scores", "Scores", "Scores per outcome", "Outcome"),
				List.of("Baseline", "Mid-term", "Final"),
				List.of(new Row("1.1", List.of(Value.of(2, "2"), Value.none("not scored"), Value.of(4, "4")))), 5.0,
				false);
		GroupedBars.Group group = chart.groups().getFirst();
		// One slot of 424; bars share 80 % of it: 113.1 each, from 44 + 42.4 = 86.4.
		assertThat(group.bars()).extracting(GroupedBars.Bar::x).containsExactly(86.4, 199.5, 312.6);
		assertThat(group.bars()).extracting(GroupedBars.Bar::height).containsExactly(86.4, 0.0, 172.8);
		assertThat(group.bars().get(1).drawn()).isFalse();
		assertThat(group.centre()).isEqualTo(256);
		assertThat(chart.series()).extracting(Series::pattern).containsExactly("solid", "hatch", "dots");
		assertThat(chart.series().get(1).fill()).isEqualTo("url(#scores-p1)");
		assertThatThrownBy(() -> GroupedBars.of(TEXT, List.of("a", "b"), List.of(Row.of("x", Value.of(1, "1"))),
				null, false)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> GroupedBars.of(TEXT, List.of("a", "b", "c", "d", "e"), List.of(), null, false))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aLineBreaksWhereAValueIsHidden() {
		LineChart chart = LineChart.of(TEXT, List.of("This year", "Year before"),
				List.of(new Row("Jan", List.of(Value.of(10, "10"), Value.of(5, "5"))),
						new Row("Feb", List.of(Value.of(20, "20"), Value.none("fewer than 5"))),
						new Row("Mar", List.of(Value.none("fewer than 5"), Value.of(5, "5"))),
						new Row("Apr", List.of(Value.of(10, "10"), Value.of(10, "10")))),
				null, false);
		// Slots of 106: centres at 97, 203, 309, 415; scale 0..20.
		assertThat(chart.labels()).extracting(LineChart.Label::x).containsExactly(97.0, 203.0, 309.0, 415.0);
		LineChart.Line thisYear = chart.lines().getFirst();
		assertThat(thisYear.segments()).containsExactly("97.0,124.0 203.0,16.0");
		assertThat(thisYear.points()).hasSize(3);
		LineChart.Line yearBefore = chart.lines().get(1);
		assertThat(yearBefore.segments()).containsExactly("309.0,178.0 415.0,124.0");
		assertThat(yearBefore.series().dash()).isEqualTo("8 4");
		assertThat(yearBefore.series().marker()).isEqualTo("square");
	}

	@Test
	void lightsHaveAShapeAsWellAsAColourAndMissingRoundsStayEmpty() {
		LightsTimeline chart = LightsTimeline.of(new ChartText("lights", "Lights", "Lights per round", "Outcome"),
				List.of("March", "September"),
				List.of(new LightRow("Staff use a password manager everywhere", Arrays.asList(Light.RED, Light.GREEN)),
						new LightRow("Backups", Arrays.asList(Light.YELLOW, null))),
				false);
		assertThat(chart.columns()).extracting(LightsTimeline.Column::x).containsExactly(249.0, 395.0);
		assertThat(chart.lines()).extracting(LightsTimeline.Line::y).containsExactly(44.0, 76.0);
		assertThat(chart.lines().getFirst().shortLabel()).isEqualTo("Staff use a password…");
		assertThat(chart.lines().get(1).marks().get(1).light()).isNull();
		assertThat(List.of(Light.values())).extracting(Light::shape).doesNotHaveDuplicates();
		assertThat(chart.viewBox()).isEqualTo("0 0 480 100.0");
		LightsTimeline mirrored = LightsTimeline.of(chart.text(), chart.rounds(), chart.rows(), true);
		assertThat(mirrored.columns()).extracting(LightsTimeline.Column::x).containsExactly(231.0, 85.0);
		assertThat(mirrored.labelAnchor()).isEqualTo("end");
	}

	@Test
	void valuesAndIdsAreChecked() {
		assertThatThrownBy(() -> Value.of(-1, "-1")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Value.of(Double.NaN, "")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ChartText("a b\"", "t", "d", "c")).isInstanceOf(IllegalArgumentException.class);
	}

}
