package org.tandem.engagement.export;

import java.util.List;

/**
 * What one section holds: {@code data} for the JSON file (records, lists and maps of ids, enums, instants and texts;
 * no row type) and {@code blocks} for the PDF.
 */
public record ExportPart(Object data, List<ExportBlock> blocks) {

	public ExportPart {
		blocks = List.copyOf(blocks);
	}

}
