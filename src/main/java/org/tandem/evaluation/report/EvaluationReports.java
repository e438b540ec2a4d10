package org.tandem.evaluation.report;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.tandem.platform.Pdf;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays an organization's evaluation out as a well-formed XHTML document ({@code templates/evaluation/report.html};
 * the charts as sized blocks and tables, since the PDF renderer draws no SVG) and renders it through the platform's
 * {@link Pdf}, in the report's language, right to left for Arabic. In memory only: nothing is written to disk and no
 * copy is kept.
 */
@Component
public class EvaluationReports {

	private final ITemplateEngine templates;

	private final Pdf pdf;

	EvaluationReports(ITemplateEngine templates, Pdf pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	/** The report's XHTML document. */
	public String document(PlanReport report) {
		return templates.process("evaluation/report",
				new Context(report.language(), Map.of("view", new ReportView(report))));
	}

	/** The report as a PDF. */
	public byte[] pdf(PlanReport report) {
		return pdf.render(document(report), report.language());
	}

}
