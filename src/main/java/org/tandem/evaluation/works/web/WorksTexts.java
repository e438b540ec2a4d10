package org.tandem.evaluation.works.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.chart.BarChart;
import org.tandem.evaluation.chart.ChartText;
import org.tandem.evaluation.chart.Row;
import org.tandem.evaluation.chart.Value;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.evaluation.works.WhatWorks.WorksReport;
import org.tandem.platform.Csv;

/** The words of "what works" in the reader's language: one source for the page's tables, charts and the CSV. */
public final class WorksTexts {

	private final MessageSource messages;

	private final Locale locale;

	public WorksTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	public String cell(Disclosure.Cell cell) {
		return text(cell.messageKey(), cell.messageArgument());
	}

	/** A figure as it reads, or "not shown" when its group is too small. */
	public String number(@Nullable BigDecimal value) {
		if (value == null) {
			return text("evaluation.works.notShown");
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(value.scale());
		format.setMaximumFractionDigits(value.scale());
		return format.format(value);
	}

	public String share(@Nullable Long percent) {
		return percent == null ? text("evaluation.works.notShown") : text("evaluation.works.percent", percent);
	}

	public String mode(PlanMode mode) {
		return text(mode == PlanMode.FULL ? "evaluation.works.mode.full" : "evaluation.works.mode.light");
	}

	/** The share improved per group as bars (the reference first), with the same cells as a table. */
	public BarChart chart(WorksReport.Section section, String idPrefix, boolean rightToLeft) {
		String mode = section.mode() == PlanMode.FULL ? "full" : "light";
		ChartText chartText = new ChartText(idPrefix + "-" + mode, text("evaluation.works.chart." + mode + ".title"),
				text("evaluation.works.chart.description"), text("evaluation.works.column.group"));
		List<Row> rows = new ArrayList<>();
		for (WorksReport.Line line : section.lines()) {
			Value value = line.shareImproved() == null ? Value.none(cell(line.organizations()))
					: Value.of(line.shareImproved(), share(line.shareImproved()));
			rows.add(Row.of(text(line.group().messageKey()), value));
		}
		return BarChart.of(chartText, text("evaluation.works.column.improved"), rows, rightToLeft);
	}

	/** One mode's figures and their chart. */
	public record Part(WorksReport.Section section, BarChart chart) {
	}

	/** The report's sections with their charts. */
	public List<Part> parts(WorksReport report, String idPrefix, boolean rightToLeft) {
		return report.sections().stream().map(s -> new Part(s, chart(s, idPrefix, rightToLeft))).toList();
	}

	/** The same figures as the page, one line per mode and group. */
	public byte[] csv(WorksReport report) {
		Csv csv = new Csv();
		csv.row(List.of(text("evaluation.works.column.mode"), text("evaluation.works.column.group"),
				text("evaluation.works.column.organizations"), text("evaluation.works.column.change"),
				text("evaluation.works.column.improved"), text("evaluation.works.column.potential")));
		for (WorksReport.Section section : report.sections()) {
			for (WorksReport.Line line : section.lines()) {
				csv.row(List.of(mode(section.mode()), text(line.group().messageKey()), cell(line.organizations()),
						number(line.averageChange()), share(line.shareImproved()),
						section.mode() == PlanMode.FULL ? number(line.potentialReached()) : ""));
			}
		}
		return csv.bytes();
	}

}
