package org.tandem.evaluation.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Bars, one per category (requests per month, answers per choice). A value that is not drawn leaves a dashed stub
 * on the baseline, so a hidden cell is not mistaken for zero. Values are written above the bars when there are at
 * most {@value #WRITTEN_VALUES} of them.
 */
public record BarChart(ChartText text, String valueHeading, Frame frame, List<Row> rows, List<Bar> bars) {

	static final int WRITTEN_VALUES = 12;

	/** Room between bars, as a share of each category's slot. */
	private static final double GAP = 0.25;

	/** A bar: its category, its value's words, whether it is drawn, its rectangle and where its label goes. */
	public record Bar(String label, String valueText, boolean drawn, double x, double y, double width, double height,
			double centre, boolean labelled, boolean valueWritten) {
	}

	public BarChart {
		rows = List.copyOf(rows);
		bars = List.copyOf(bars);
	}

	/**
	 * A bar chart of these categories (one value each), its scale from zero to a round number above the largest
	 * value.
	 */
	public static BarChart of(ChartText text, String valueHeading, List<Row> rows, boolean rightToLeft) {
		double largest = rows.stream().map(row -> row.values().getFirst()).filter(Value::drawn)
				.mapToDouble(value -> value.number()).max().orElse(0);
		Frame frame = Frame.over(largest, null, rightToLeft);
		List<Bar> bars = new ArrayList<>();
		double slot = rows.isEmpty() ? Frame.PLOT_WIDTH : Frame.PLOT_WIDTH / rows.size();
		double width = Frame.round(slot * (1 - GAP));
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Value value = row.values().getFirst();
			double height = value.drawn() ? frame.height(value.number()) : 0;
			double x = frame.x(i * slot + slot * GAP / 2, width);
			bars.add(new Bar(row.label(), value.text(), value.drawn(), x, Frame.round(Frame.BASELINE - height), width,
					height, Frame.round(x + width / 2), Frame.labelled(i, rows.size()),
					value.drawn() && rows.size() <= WRITTEN_VALUES));
		}
		return new BarChart(text, valueHeading, frame, rows, bars);
	}

	public boolean empty() {
		return rows.isEmpty();
	}

}
