package org.tandem.engagement.export;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.tandem.platform.Pdf;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays an export out as XHTML from {@code templates/engagement/export-pdf.html} and has the platform's {@link Pdf}
 * render it (embedded DejaVu Sans, ICU bidi and Arabic shaping, right to left for Arabic, in memory, nothing fetched).
 */
@Component
class PdfExport {

	private final ITemplateEngine templates;

	private final Pdf pdf;

	PdfExport(ITemplateEngine templates, Pdf pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	byte[] render(EngagementExports.Document document) {
		String html = templates.process("engagement/export-pdf",
				new Context(document.locale(), Map.of("doc", document)));
		return pdf.render(html, document.locale());
	}

}
