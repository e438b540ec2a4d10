package org.tandem.evaluation.chart;

/**
 * How one series is told apart without colour: its name (in the legend and as a table heading), its colour, the
 * fill of its bars (a pattern for all but the first), the dash of its line and the shape of its markers.
 */
public record Series(int index, String name, String colour, String fill, String dash, String marker) {

	private static final String[] COLOURS = { "#1d4e89", "#0f7b6c", "#a04a16", "#6b3fa0" };

	private static final String[] DASHES = { "none", "8 4", "2 4", "12 4 2 4" };

	private static final String[] MARKERS = { "circle", "square", "triangle", "diamond" };

	/** At most four series: more would not be told apart on a phone. */
	public static final int MOST = 4;

	static Series of(String chartId, int index, String name) {
		if (index >= MOST) {
			throw new IllegalArgumentException("at most " + MOST + " series");
		}
		String fill = index == 0 ? COLOURS[0] : "url(#" + chartId + "-p" + index + ")";
		return new Series(index, name, COLOURS[index], fill, DASHES[index], MARKERS[index]);
	}

	/** The id of this series' pattern (series after the first are hatched, dotted or crossed). */
	public String patternId(String chartId) {
		return chartId + "-p" + index;
	}

	/** The pattern's kind, for the fragment: "solid", "hatch", "dots" or "cross". */
	public String pattern() {
		return switch (index) {
			case 0 -> "solid";
			case 1 -> "hatch";
			case 2 -> "dots";
			default -> "cross";
		};
	}


	/** The marker's corners in a 28 × 16 legend swatch (for all shapes but the circle). */
	public String legendCorners() {
		return new LineChart.Point(14, 8, "").corners(marker);
	}

	/** The series of these names, for rows that each hold one value per series (refused otherwise). */
	static java.util.List<Series> over(String chartId, java.util.List<String> names, java.util.List<Row> rows) {
		for (Row row : rows) {
			if (row.values().size() != names.size()) {
				throw new IllegalArgumentException("each row has one value per series");
			}
		}
		java.util.List<Series> series = new java.util.ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			series.add(of(chartId, i, names.get(i)));
		}
		return series;
	}

}
