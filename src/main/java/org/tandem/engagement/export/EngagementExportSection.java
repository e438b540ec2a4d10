package org.tandem.engagement.export;

/**
 * One section of an engagement's export. Each part of the module declares a bean; the exporter asks every bean for
 * its section, in {@link #order()}, and knows none of them. A section writes what it holds twice: as JSON data (ids,
 * enums, instants and the texts people wrote, under its {@link #name()}) and as blocks for the PDF (headings,
 * paragraphs, facts, tables), already translated into the reader's language through the {@link ExportContext}.
 */
public interface EngagementExportSection {

	/** Where the section comes: lower first (summary 10, agreements 20, phases 30, risks 40; plan, decisions, guides after). */
	int order();

	/** Its key in the JSON file, such as {@code risks}; stable, part of the format. */
	String name();

	/** The message key of its heading in the PDF. */
	String titleKey();

	/** What the section holds, for the engagement in the context (already authorized). */
	ExportPart write(ExportContext context);

}
