package org.tandem.engagement.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.engagement.Level;
import org.tandem.engagement.domain.Risk;
import org.tandem.engagement.persistence.RiskRepository;

/** Discover's risk register, weightiest first, as the workspace lists it. */
@Component
class RisksSection implements EngagementExportSection {

	private final RiskRepository risks;

	RisksSection(RiskRepository risks) {
		this.risks = risks;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String name() {
		return "risks";
	}

	@Override
	public String titleKey() {
		return "engagement.risks";
	}

	@Override
	public ExportPart write(ExportContext context) {
		List<Risk> all = risks.findByEngagementIdOrderByCreatedAtAscIdAsc(context.engagementId())
			.stream()
			.sorted(Comparator.comparingInt(Risk::weight).reversed())
			.toList();
		boolean limited = all.size() > ExportContext.ROW_LIMIT;
		List<Risk> shown = limited ? all.subList(0, ExportContext.ROW_LIMIT) : all;
		List<RiskData> data = shown.stream()
			.map(r -> new RiskData(r.id(), r.asset(), r.threat(), r.likelihood(), r.impact(), r.measures(),
					r.createdAt(), r.updatedAt()))
			.toList();
		List<ExportBlock> blocks = new ArrayList<>();
		if (data.isEmpty()) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.risks.none"), false));
		}
		else {
			blocks.add(new ExportBlock.Table(
					List.of(context.text("engagement.risk.asset"), context.text("engagement.risk.threat"),
							context.text("engagement.risk.likelihood"), context.text("engagement.risk.impact"),
							context.text("engagement.risk.measures")),
					List.of(true, true, false, false, true),
					data.stream()
						.map(r -> List.of(r.asset(), r.threat(), context.text(r.likelihood().messageKey()),
								context.text(r.impact().messageKey()), Objects.requireNonNullElse(r.measures(), "–")))
						.toList()));
		}
		if (limited) {
			blocks.add(context.limited());
		}
		return new ExportPart(data, blocks);
	}

	record RiskData(UUID id, String asset, String threat, Level likelihood, Level impact, @Nullable String measures,
			Instant createdAt, Instant updatedAt) {

		/** Ids only, should it ever reach a log. */
		@Override
		public String toString() {
			return "RiskData[" + id + "]";
		}

	}

}
