package org.tandem.audit.report;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.platform.Markdown;
import org.tandem.platform.Pdf;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a report out: its body as HTML from {@code templates/audit/report-body.html} (what is sealed and kept), the
 * standalone printable document around a body ({@code templates/audit/report-document.html}, well-formed XHTML, the
 * same for the HTML download and the PDF), and the PDF through the platform's {@link Pdf}. In memory only.
 */
@Component
class ReportLayout {

	private final ITemplateEngine templates;

	private final Markdown markdown;

	private final MessageSource messages;

	private final Pdf pdf;

	ReportLayout(ITemplateEngine templates, Markdown markdown, MessageSource messages, Pdf pdf) {
		this.templates = templates;
		this.markdown = markdown;
		this.messages = messages;
		this.pdf = pdf;
	}

	String body(ReportInput input, ReportKind kind, int number) {
		ReportView view = new ReportView(input, kind, number, markdown);
		return templates.process("audit/report-body", new Context(input.language(), Map.of("view", view)));
	}

	String document(String body, Locale locale, ReportKind kind, int number) {
		String title = messages.getMessage(kind.messageKey(), null, locale) + " · "
				+ messages.getMessage("audit.report.version", new Object[] { number }, locale);
		return templates.process("audit/report-document", new Context(locale,
				Map.of("body", body, "title", title, "summary", kind == ReportKind.SUMMARY, "lang",
						locale.toLanguageTag(), "rtl", Pdf.rightToLeft(locale))));
	}

	byte[] pdf(String document, Locale locale) {
		return pdf.render(document, locale);
	}

}
