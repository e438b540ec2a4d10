package org.tandem.engagement.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tandem.engagement.Agreement;

/** Create Space's agreements, each under its own heading; the JSON holds those written, by topic. */
@Component
class AgreementsSection implements EngagementExportSection {

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String name() {
		return "agreements";
	}

	@Override
	public String titleKey() {
		return "engagement.createSpace";
	}

	@Override
	public ExportPart write(ExportContext context) {
		Map<Agreement, String> agreed = context.engagement().agreements();
		List<ExportBlock> blocks = new ArrayList<>();
		if (agreed.isEmpty()) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.export.none"), false));
		}
		agreed.forEach((topic, text) -> {
			blocks.add(new ExportBlock.Subheading(context.text(topic.messageKey())));
			blocks.add(new ExportBlock.Paragraph(text, true));
		});
		return new ExportPart(new LinkedHashMap<>(agreed), blocks);
	}

}
