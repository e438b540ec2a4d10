package org.tandem.audit.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tandem.audit.report.ReportInput.Finding;
import org.tandem.audit.report.ReportInput.Recommendation;
import org.tandem.platform.Markdown;
import org.tandem.platform.Pdf;

/**
 * What the report's template lays out: the input, the kind and number of the version, what the summary puts first,
 * and small helpers (the direction of a typed text, an excerpt, Markdown made safe). Every typed value is written by
 * the template with {@code th:text} (escaped); only {@link #markdown(String)} gives HTML, sanitized.
 */
public record ReportView(ReportInput input, ReportKind kind, int number, Markdown markdownRenderer) {

	/** The longest typed text the summary shows of one value (a title, the scope, what to do); longer is cut. */
	static final int SUMMARY_TITLE = 160;

	static final int SUMMARY_TEXT = 240;

	private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	public boolean summary() {
		return kind == ReportKind.SUMMARY;
	}

	public boolean rightToLeft() {
		return Pdf.rightToLeft(input.language());
	}

	public String languageTag() {
		return input.language().toLanguageTag();
	}

	public List<Finding> topFindings() {
		return ReportSelection.topFindings(input.findings());
	}

	public List<Recommendation> topRecommendations() {
		return ReportSelection.topRecommendations(input.recommendations(), input.findings());
	}

	public List<Recommendation> firstSteps() {
		return ReportSelection.firstSteps(input.recommendations(), input.findings());
	}

	public List<Finding> findings() {
		return ReportSelection.byWeight(input.findings());
	}

	public int weight(Recommendation recommendation) {
		return ReportSelection.weight(recommendation, input.findings());
	}

	public String issuedAtText() {
		return ISSUED.format(input.issuedAt()) + " UTC";
	}

	/** The country's name in the report's language; empty for none. */
	public String countryName() {
		String country = input.context().country();
		return country == null ? "" : Locale.of("", country).getDisplayCountry(input.language());
	}

	/** The message key of a level from 1 (very low) to 5 (very high). */
	public String levelKey(int level) {
		return "audit.report.level." + level;
	}

	/**
	 * The direction of a typed text from its first strong letter ("rtl", "ltr"), or null to follow the page: set on
	 * each typed value, so a Latin phrase reads left to right in an Arabic report and back (in the PDF too, which does
	 * not know {@code dir="auto"}).
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

	/** A typed text for the summary: Markdown marks and line breaks flattened, cut at {@code limit} characters. */
	public String excerpt(@Nullable String text, int limit) {
		if (text == null) {
			return "";
		}
		String flat = clean(text).replaceAll("[*_#>`\\[\\]]+", "").replaceAll("\\s+", " ").strip();
		return flat.length() <= limit ? flat : flat.substring(0, limit - 1).strip() + "…";
	}

	public int titleLimit() {
		return SUMMARY_TITLE;
	}

	public int textLimit() {
		return SUMMARY_TEXT;
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

	/** Safe HTML for a Markdown text (the platform's renderer: raw HTML escaped, then sanitized). */
	public String markdown(@Nullable String text) {
		return markdownRenderer.html(clean(text));
	}

	@Override
	public String toString() {
		return "ReportView[" + kind + " " + number + ", " + input + "]";
	}

}
