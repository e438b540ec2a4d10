package org.tandem.engagement.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.engagement.GuideKind;
import org.tandem.engagement.domain.ChecklistItem;
import org.tandem.engagement.domain.Guide;
import org.tandem.engagement.persistence.ChecklistItemRepository;
import org.tandem.engagement.persistence.GuideRepository;

/**
 * What the provider leaves behind: each guide or checklist with its text (the Markdown source, as written) and a
 * checklist's items with whether they are done.
 */
@Component
class GuidesSection implements EngagementExportSection {

	private final GuideRepository guides;

	private final ChecklistItemRepository items;

	GuidesSection(GuideRepository guides, ChecklistItemRepository items) {
		this.guides = guides;
		this.items = items;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String name() {
		return "guides";
	}

	@Override
	public String titleKey() {
		return "engagement.guides";
	}

	@Override
	public ExportPart write(ExportContext context) {
		List<Guide> all = guides.of(context.engagementId(), ExportContext.ROW_LIMIT + 1);
		boolean limited = all.size() > ExportContext.ROW_LIMIT;
		List<Guide> shown = limited ? all.subList(0, ExportContext.ROW_LIMIT) : all;
		Map<UUID, List<ChecklistItem>> itemsByGuide = shown.isEmpty() ? Map.of()
				: items.ofGuides(shown.stream().map(Guide::id).toList())
					.stream()
					.collect(Collectors.groupingBy(ChecklistItem::guideId));
		List<GuideData> data = shown.stream()
			.map(g -> new GuideData(g.id(), g.kind(), g.title(), g.body(),
					itemsByGuide.getOrDefault(g.id(), List.of())
						.stream()
						.map(i -> new ItemData(i.text(), i.done(), i.doneAt()))
						.toList(),
					g.createdAt(), g.updatedAt()))
			.toList();

		List<ExportBlock> blocks = new ArrayList<>();
		if (data.isEmpty()) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.guides.none"), false));
		}
		for (GuideData guide : data) {
			blocks.add(new ExportBlock.Facts(List.of(
					new ExportBlock.Fact(context.text("engagement.guide.title"), guide.title(), true),
					new ExportBlock.Fact(context.text("engagement.guide.kind"), context.text(guide.kind().messageKey()),
							false))));
			if (guide.body() != null) {
				blocks.add(new ExportBlock.Paragraph(guide.body(), true));
			}
			if (!guide.items().isEmpty()) {
				blocks.add(new ExportBlock.Table(
						List.of(context.text("engagement.export.checklist.item"),
								context.text("engagement.export.checklist.state")),
						List.of(true, false),
						guide.items()
							.stream()
							.map(i -> List.of(i.text(),
									i.done() ? context.text("engagement.export.checklist.done", context.day(i.doneAt()))
											: context.text("engagement.export.checklist.open")))
							.toList()));
			}
		}
		if (limited) {
			blocks.add(context.limited());
		}
		return new ExportPart(data, blocks);
	}

	record GuideData(UUID id, GuideKind kind, String title, @Nullable String body, List<ItemData> items,
			Instant createdAt, Instant updatedAt) {

		/** Ids only, should it ever reach a log. */
		@Override
		public String toString() {
			return "GuideData[" + id + "]";
		}

	}

	record ItemData(String text, boolean done, @Nullable Instant doneAt) {

		/** Nothing written, should it ever reach a log. */
		@Override
		public String toString() {
			return "ItemData[done " + done + "]";
		}

	}

}
