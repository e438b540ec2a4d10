package org.tandem.evaluation.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The drawing area every chart shares and its value scale: a view box of {@value #WIDTH} × {@value #HEIGHT} with room
 * for the value axis on the start side and the category labels below. Horizontal positions are computed left to
 * right and mirrored for right-to-left pages.
 */
public record Frame(double max, List<Tick> ticks, boolean rightToLeft) {

	public static final int WIDTH = 480;

	public static final int HEIGHT = 280;

	static final double AXIS = 44;

	static final double END = 12;

	static final double TOP = 16;

	static final double BOTTOM = 48;

	/** The plot's left edge, its width, its top and its baseline. */
	public static final double PLOT_WIDTH = WIDTH - AXIS - END;

	public static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

	public static final double BASELINE = TOP + PLOT_HEIGHT;

	/** A line of the value axis: its value as written and its height. */
	public record Tick(String label, double y) {
	}

	public Frame {
		ticks = List.copyOf(ticks);
	}

	/**
	 * A frame whose scale reaches the largest value, rounded up to a round number (1, 2 or 5 times a power of ten,
	 * at most five steps), or exactly {@code fixedMax} when given (scores: 5).
	 */
	static Frame over(double largest, @org.jspecify.annotations.Nullable Double fixedMax, boolean rightToLeft) {
		double step;
		double max;
		if (fixedMax != null) {
			max = fixedMax;
			step = niceStep(max);
		}
		else {
			step = niceStep(Math.max(largest, 1));
			max = Math.max(step, Math.ceil(largest / step) * step);
		}
		List<Tick> ticks = new ArrayList<>();
		int count = (int) Math.round(max / step);
		for (int i = 0; i <= count; i++) {
			double value = Math.min(max, i * step);
			ticks.add(new Tick(format(value), round(BASELINE - PLOT_HEIGHT * value / max)));
		}
		return new Frame(max, ticks, rightToLeft);
	}

	static double niceStep(double max) {
		double raw = max / 5;
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			if (factor * power >= raw) {
				return Math.max(1, factor * power);
			}
		}
		return Math.max(1, 10 * power);
	}

	/** The height above the baseline of a value. */
	double height(double value) {
		return round(PLOT_HEIGHT * Math.min(value, max) / max);
	}

	/** A horizontal position in the plot (0 at the start), for a shape of this width, mirrored on right-to-left. */
	double x(double fromStart, double width) {
		double left = AXIS + fromStart;
		return round(rightToLeft ? WIDTH - left - width : left);
	}

	/** Where the value axis stands. */
	public double axisX() {
		return rightToLeft ? WIDTH - AXIS : AXIS;
	}

	/** Where the tick labels end (they are anchored at their end, towards the axis). */
	public double tickLabelX() {
		return rightToLeft ? WIDTH - AXIS + 6 : AXIS - 6;
	}

	/** The far end of the gridlines. */
	public double gridEndX() {
		return rightToLeft ? END : WIDTH - END;
	}

	/** The text anchor of tick labels: towards the axis. */
	public String tickAnchor() {
		return rightToLeft ? "start" : "end";
	}

	public double baseline() {
		return BASELINE;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** Which category labels are written under the axis: all when they fit, every n-th otherwise (the table has all). */
	static boolean labelled(int index, int count) {
		int every = (int) Math.ceil(count / 8.0);
		return every <= 1 || index % every == 0;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

}
