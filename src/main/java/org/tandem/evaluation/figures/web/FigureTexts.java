package org.tandem.evaluation.figures.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.tandem.evaluation.chart.Value;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.intake.ReferralSource;

/** The words of the figures in one language: cells as they read ("15", "fewer than 5"), months, quarters, labels. */
record FigureTexts(MessageSource messages, Locale locale) {

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** A cell as it reads: its rounded value, or why it is hidden. */
	String cell(Disclosure.Cell cell) {
		return text(cell.messageKey(), cell.messageArgument());
	}

	/** A cell as a chart draws it: hidden cells are not drawn. */
	Value value(Disclosure.Cell cell) {
		return cell.isShown() ? Value.of(cell.value(), cell(cell)) : Value.none(cell(cell));
	}

	String month(YearMonth month) {
		return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
	}

	String quarter(LocalDate start) {
		return text("evaluation.figures.quarterLabel", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
	}

	String days(String bucket) {
		return text(switch (bucket) {
			case "0-7" -> "evaluation.figures.days.week";
			case "8-30" -> "evaluation.figures.days.month";
			default -> "evaluation.figures.days.longer";
		});
	}

	String side(String side) {
		return text("ORGANIZATION".equals(side) ? "evaluation.figures.side.organizations"
				: "evaluation.figures.side.providers");
	}

	String usefulness(int score) {
		return text("evaluation.figures.usefulness.score", score);
	}

	String recommends(String answer) {
		return text(switch (answer) {
			case "YES" -> "evaluation.figures.recommends.yes";
			case "NO" -> "evaluation.figures.recommends.no";
			default -> "evaluation.figures.recommends.unsure";
		});
	}

	/** What a satisfaction survey was about: engagements or cohorts. */
	String target(String target) {
		return text("COHORT".equals(target) ? "evaluation.figures.target.cohorts" : "evaluation.figures.target.engagements");
	}

	String satisfaction(int point) {
		return text("evaluation.figures.satisfaction.point", point);
	}

	/** A band of "would you recommend us" answers: "0–6", "7–8", "9–10" in the reader's digits. */
	String band(String band) {
		String[] ends = band.split("-");
		return text("evaluation.figures.recommendBand.label", Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
	}

	String source(ReferralSource source) {
		return text(source.messageKey());
	}

	String year(int year) {
		return text("evaluation.figures.yearLabel", year);
	}

}
