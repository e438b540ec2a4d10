package org.tandem.evaluation.chart;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Traffic lights per outcome (rows) and round (columns): each light a shape and a colour, its word in the table. A
 * round without a light for an outcome leaves an empty dashed ring. Long outcome names are shortened in the picture
 * ({@value #LABEL_LENGTH} characters); the table beside it has them whole.
 */
public record LightsTimeline(ChartText text, List<String> rounds, List<LightRow> rows, List<Column> columns,
		List<Line> lines, double height, boolean rightToLeft) {

	static final int LABEL_LENGTH = 22;

	static final double ROW_HEIGHT = 32;

	static final double HEADER = 28;

	static final double LABELS = 176;

	/** One outcome and its lights, one per round ({@code null}: none given). */
	public record LightRow(String label, List<@Nullable Light> lights) {

		public LightRow {
			lights = java.util.Collections.unmodifiableList(new ArrayList<>(lights));
		}

	}

	/** A round's heading and where it stands. */
	public record Column(String label, double x) {
	}

	/** One outcome's drawn row. */
	public record Line(String label, String shortLabel, double y, double labelX, List<Mark> marks) {
	}

	/** One light (or none) at its place. */
	public record Mark(@Nullable Light light, double x, double y) {

		/** The triangle's or square's corners, as a {@code points} attribute. */
		public String points() {
			if (light == Light.YELLOW) {
				return x + "," + (y - 9) + " " + (x + 10) + "," + (y + 8) + " " + (x - 10) + "," + (y + 8);
			}
			return (x - 8) + "," + (y - 8) + " " + (x + 8) + "," + (y - 8) + " " + (x + 8) + "," + (y + 8) + " "
					+ (x - 8) + "," + (y + 8);
		}

	}

	public LightsTimeline {
		rounds = List.copyOf(rounds);
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		lines = List.copyOf(lines);
	}

	/** Lights for these rounds (column headings) and outcomes. */
	public static LightsTimeline of(ChartText text, List<String> rounds, List<LightRow> rows, boolean rightToLeft) {
		for (LightRow row : rows) {
			if (row.lights().size() != rounds.size()) {
				throw new IllegalArgumentException("each outcome has one light (or none) per round");
			}
		}
		double slot = rounds.isEmpty() ? 0 : (Frame.WIDTH - LABELS - Frame.END) / rounds.size();
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < rounds.size(); i++) {
			columns.add(new Column(rounds.get(i), mirror(LABELS + i * slot + slot / 2, rightToLeft)));
		}
		List<Line> lines = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			LightRow row = rows.get(r);
			double y = HEADER + r * ROW_HEIGHT + ROW_HEIGHT / 2;
			List<Mark> marks = new ArrayList<>();
			for (int i = 0; i < rounds.size(); i++) {
				marks.add(new Mark(row.lights().get(i), columns.get(i).x(), y));
			}
			lines.add(new Line(row.label(), shorten(row.label()), y, rightToLeft ? Frame.WIDTH - 8 : 8, marks));
		}
		return new LightsTimeline(text, rounds, rows, columns, lines, HEADER + rows.size() * ROW_HEIGHT + 8,
				rightToLeft);
	}

	/** The lights in the legend, each with its shape and word. */
	public List<Light> legend() {
		return List.of(Light.values());
	}

	public String viewBox() {
		return "0 0 " + Frame.WIDTH + " " + Frame.round(height);
	}

	/** Outcome labels stand at the start side: anchored at their start in the reading direction. */
	public String labelAnchor() {
		return rightToLeft ? "end" : "start";
	}

	public boolean empty() {
		return rows.isEmpty() || rounds.isEmpty();
	}

	private static double mirror(double x, boolean rightToLeft) {
		return Frame.round(rightToLeft ? Frame.WIDTH - x : x);
	}

	static String shorten(String label) {
		if (label.codePointCount(0, label.length()) <= LABEL_LENGTH) {
			return label;
		}
		int end = label.offsetByCodePoints(0, LABEL_LENGTH - 1);
		return label.substring(0, end).strip() + "…";
	}

}
