package org.tandem.evaluation.chart;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Bars side by side within each category, one per series: baseline → mid-term → final per outcome, this year and
 * the year before per month. Each series has its own pattern and a legend; a value not drawn (a missing mid-term
 * score, a hidden cell) leaves a dashed stub.
 */
public record GroupedBars(ChartText text, Frame frame, List<Series> series, List<Row> rows, List<Group> groups) {

	private static final double GAP = 0.2;

	/** One category's bars and where its label goes. */
	public record Group(String label, double centre, boolean labelled, List<Bar> bars) {
	}

	/** One bar of a group. */
	public record Bar(Series series, String valueText, boolean drawn, double x, double y, double width,
			double height) {
	}

	public GroupedBars {
		series = List.copyOf(series);
		rows = List.copyOf(rows);
		groups = List.copyOf(groups);
	}

	/**
	 * Grouped bars for these series (at most {@value Series#MOST}) and rows (each with one value per series). With
	 * {@code fixedMax} the scale runs from zero to it (scores: 5); without, to a round number above the largest
	 * value.
	 */
	public static GroupedBars of(ChartText text, List<String> seriesNames, List<Row> rows, @Nullable Double fixedMax,
			boolean rightToLeft) {
		List<Series> series = Series.over(text.id(), seriesNames, rows);
		double largest = Row.largest(rows);
		Frame frame = Frame.over(largest, fixedMax, rightToLeft);
		double slot = rows.isEmpty() ? Frame.PLOT_WIDTH : Frame.PLOT_WIDTH / rows.size();
		double width = series.isEmpty() ? 0 : Frame.round(slot * (1 - GAP) / series.size());
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			List<Bar> bars = new ArrayList<>();
			for (Series one : series) {
				Value value = row.values().get(one.index());
				double height = value.drawn() ? frame.height(value.number()) : 0;
				double x = frame.x(i * slot + slot * GAP / 2 + one.index() * width, width);
				bars.add(new Bar(one, value.text(), value.drawn(), x, Frame.round(Frame.BASELINE - height), width,
						height));
			}
			double centre = frame.x(i * slot + slot / 2, 0);
			groups.add(new Group(row.label(), centre, Frame.labelled(i, rows.size()), bars));
		}
		return new GroupedBars(text, frame, series, rows, groups);
	}

	public boolean empty() {
		return rows.isEmpty();
	}

}
