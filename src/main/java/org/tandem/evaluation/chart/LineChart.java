package org.tandem.evaluation.chart;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Lines over time (months, quarters), one per series, each with its own dash and marker shape. A value not drawn
 * breaks the line: the points on either side are not joined, so a hidden month never looks like a dip.
 */
public record LineChart(ChartText text, Frame frame, List<Series> series, List<Row> rows, List<Line> lines,
		List<Label> labels) {

	/** One series: its segments (each a {@code points} attribute) and its markers. */
	public record Line(Series series, List<String> segments, List<Point> points) {
	}

	/** A marker. */
	public record Point(double x, double y, String valueText) {

		/** The corners of a square, triangle or diamond marker here, as a {@code points} attribute. */
		public String corners(String shape) {
			return switch (shape) {
				case "triangle" -> x + "," + Frame.round(y - 6) + " " + Frame.round(x + 6) + "," + Frame.round(y + 5)
						+ " " + Frame.round(x - 6) + "," + Frame.round(y + 5);
				case "diamond" -> x + "," + Frame.round(y - 6) + " " + Frame.round(x + 6) + "," + y + " " + x + ","
						+ Frame.round(y + 6) + " " + Frame.round(x - 6) + "," + y;
				default -> Frame.round(x - 5) + "," + Frame.round(y - 5) + " " + Frame.round(x + 5) + ","
						+ Frame.round(y - 5) + " " + Frame.round(x + 5) + "," + Frame.round(y + 5) + " "
						+ Frame.round(x - 5) + "," + Frame.round(y + 5);
			};
		}

	}

	/** A category label under the axis. */
	public record Label(String text, double x, boolean labelled) {
	}

	public LineChart {
		series = List.copyOf(series);
		rows = List.copyOf(rows);
		lines = List.copyOf(lines);
		labels = List.copyOf(labels);
	}

	/** Lines for these series (at most {@value Series#MOST}) over these rows, in time order. */
	public static LineChart of(ChartText text, List<String> seriesNames, List<Row> rows, @Nullable Double fixedMax,
			boolean rightToLeft) {
		List<Series> series = Series.over(text.id(), seriesNames, rows);
		double largest = Row.largest(rows);
		Frame frame = Frame.over(largest, fixedMax, rightToLeft);
		double slot = rows.isEmpty() ? Frame.PLOT_WIDTH : Frame.PLOT_WIDTH / rows.size();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			labels.add(new Label(rows.get(i).label(), frame.x(i * slot + slot / 2, 0), Frame.labelled(i,
					rows.size())));
		}
		List<Line> lines = new ArrayList<>();
		for (Series one : series) {
			List<String> segments = new ArrayList<>();
			List<Point> points = new ArrayList<>();
			StringBuilder segment = new StringBuilder();
			int inSegment = 0;
			for (int i = 0; i < rows.size(); i++) {
				Value value = rows.get(i).values().get(one.index());
				if (!value.drawn()) {
					inSegment = close(segments, segment, inSegment);
					continue;
				}
				Point point = new Point(labels.get(i).x(), Frame.round(Frame.BASELINE - frame.height(value.number())),
						value.text());
				points.add(point);
				segment.append(inSegment == 0 ? "" : " ").append(point.x()).append(',').append(point.y());
				inSegment++;
			}
			close(segments, segment, inSegment);
			lines.add(new Line(one, segments, points));
		}
		return new LineChart(text, frame, series, rows, lines, labels);
	}

	/** Ends a segment; a lone point is kept as a marker only. */
	private static int close(List<String> segments, StringBuilder segment, int inSegment) {
		if (inSegment > 1) {
			segments.add(segment.toString());
		}
		segment.setLength(0);
		return 0;
	}

	public boolean empty() {
		return rows.isEmpty();
	}

}
