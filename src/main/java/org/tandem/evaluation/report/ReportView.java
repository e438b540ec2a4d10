package org.tandem.evaluation.report;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.evaluation.EvaluationFigures;
import org.tandem.evaluation.chart.Light;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.domain.Score;
import org.tandem.platform.Pdf;

/**
 * What the PDF's template lays out, with small helpers: each outcome with its scores by round, the figures, bar
 * widths (a score or an average over 5, a share over 100) and the direction of a typed text. Every typed value is
 * written by the template with {@code th:text} (escaped), so a justification with markup shows as text.
 */
public record ReportView(PlanReport report) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	/** One outcome of the report with its current score (or light) per round. */
	public record Line(PlanReport.Outcome outcome, List<Cell> cells) {
	}

	/** A round's score of an outcome, or none ({@code score} null). */
	public record Cell(int round, @Nullable Score score) {
	}

	public PlanState state() {
		return report.state();
	}

	public boolean light() {
		return report.state().plan().light();
	}

	public boolean rightToLeft() {
		return Pdf.rightToLeft(report.language());
	}

	public String languageTag() {
		return report.language().toLanguageTag();
	}

	public String madeOn() {
		return DAY.format(report.madeAt());
	}

	/** The rounds the report shows: a full plan's three, a light plan's recorded ones. */
	public List<Integer> rounds() {
		return light() ? state().rounds()
				: List.of(EvaluationPlans.BASELINE, EvaluationPlans.MIDTERM, EvaluationPlans.FINAL);
	}

	public List<Line> lines() {
		List<Integer> rounds = rounds();
		return java.util.stream.IntStream.range(0, report.outcomes().size())
			.mapToObj(i -> new Line(report.outcomes().get(i), rounds.stream()
				.map(r -> new Cell(r, state().current(state().outcomes().get(i).id(), r)))
				.toList()))
			.toList();
	}

	public EvaluationFigures.FullFigures figures() {
		return state().fullFigures();
	}

	public List<EvaluationFigures.LightRound> lightFigures() {
		return state().lightFigures();
	}

	public String title(int index) {
		return report.outcomes().get(index).title();
	}

	public Light light(int value) {
		return Light.values()[value - 1];
	}

	/** The chart's light (its shape and words) for the colour of an average of lights. */
	public Light light(org.tandem.evaluation.Light colour) {
		return Light.valueOf(colour.name());
	}

	public String lightClass(Light light) {
		return "light-" + light.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** A light's shape as a character: red ■, yellow ▲, green ●. */
	public String shape(Light light) {
		return switch (light) {
			case RED -> "■";
			case YELLOW -> "▲";
			case GREEN -> "●";
		};
	}

	/** The width of a bar for a score or an average on the scale 0–5, as a CSS declaration. */
	public String scoreWidth(@Nullable Number value) {
		return width(value == null ? 0 : value.doubleValue() * 100 / 5);
	}

	/** The width of a bar for a percentage (0–100; beyond it is drawn full, a negative one empty). */
	public String percentWidth(@Nullable BigDecimal percent) {
		return width(percent == null ? 0 : percent.doubleValue());
	}

	private static String width(double percent) {
		double bounded = Math.max(0, Math.min(100, percent));
		return "width: " + BigDecimal.valueOf(bounded).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
				+ "%";
	}

	public String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	public String signed(@Nullable Integer change) {
		return change == null ? "" : (change > 0 ? "+" : "") + change;
	}

	/**
	 * The direction of a typed text from its first strong letter ("rtl", "ltr"), or null to follow the page (the PDF
	 * does not know {@code dir="auto"}).
	 */
	public @Nullable String dir(@Nullable String text) {
		if (text == null) {
			return null;
		}
		return switch (com.ibm.icu.text.Bidi.getBaseDirection(text)) {
			case com.ibm.icu.text.Bidi.RTL -> "rtl";
			case com.ibm.icu.text.Bidi.LTR -> "ltr";
			default -> null;
		};
	}

	/** A text as typed, without the characters XML cannot hold (the PDF's XHTML would refuse them). */
	public String clean(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
				|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	public int mostNotes() {
		return PlanReport.MOST_NOTES;
	}

	public String day(java.time.Instant instant) {
		return DAY.format(instant);
	}

	@Override
	public String toString() {
		return "ReportView[" + report + "]";
	}

}
