package org.tandem.engagement.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.engagement.CheckInAnswer;
import org.tandem.engagement.ClosingReason;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.CheckIn;
import org.tandem.engagement.domain.Closing;
import org.tandem.engagement.persistence.CheckInRepository;
import org.tandem.engagement.persistence.ClosingRepository;

/** How the engagement closed (why, the note, how long they keep in touch) and the check-ins with their answers. */
@Component
class ClosingSection implements EngagementExportSection {

	private final ClosingRepository closings;

	private final CheckInRepository checkIns;

	ClosingSection(ClosingRepository closings, CheckInRepository checkIns) {
		this.closings = closings;
		this.checkIns = checkIns;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public String name() {
		return "closing";
	}

	@Override
	public String titleKey() {
		return "engagement.closing.title";
	}

	@Override
	public ExportPart write(ExportContext context) {
		Closing closing = closings.findById(context.engagementId()).orElse(null);
		List<CheckIn> sent = checkIns.ofEngagement(context.engagementId(), ExportContext.ROW_LIMIT + 1);
		boolean limited = sent.size() > ExportContext.ROW_LIMIT;
		List<CheckInData> checkInData = (limited ? sent.subList(0, ExportContext.ROW_LIMIT) : sent).stream()
			.map(c -> new CheckInData(c.id(), c.side(), c.dueOn(), c.answer(), c.note(), c.answeredAt()))
			.toList();

		List<ExportBlock> blocks = new ArrayList<>();
		if (closing == null) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.export.closing.none"), false));
			return new ExportPart(new ClosingData(null, checkInData), blocks);
		}
		long months = ChronoUnit.MONTHS.between(LocalDate.ofInstant(closing.closedAt(), ZoneOffset.UTC),
				closing.keepInTouchUntil());
		HowData how = new HowData(closing.reason(), closing.note(), closing.closedAt(), months,
				closing.keepInTouchUntil(), closing.everyMonths());
		List<ExportBlock.Fact> facts = new ArrayList<>();
		facts.add(new ExportBlock.Fact(context.text("engagement.closing.reason"),
				context.text(how.reason().messageKey()), false));
		facts.add(new ExportBlock.Fact(context.text("engagement.closing.closedAt"), context.day(how.closedAt()),
				false));
		facts.add(new ExportBlock.Fact(context.text("engagement.export.closing.months"),
				context.text("engagement.export.closing.monthsValue", how.months()), false));
		if (how.months() > 0) {
			facts.add(new ExportBlock.Fact(context.text("engagement.closing.until"), how.keepInTouchUntil().toString(),
					false));
			facts.add(new ExportBlock.Fact(context.text("engagement.closing.every"),
					context.text("engagement.closing.everyMonths", how.everyMonths()), false));
		}
		if (how.note() != null) {
			facts.add(new ExportBlock.Fact(context.text("engagement.export.closing.note"), how.note(), true));
		}
		blocks.add(new ExportBlock.Facts(facts));

		blocks.add(new ExportBlock.Subheading(context.text("engagement.checkIns.title")));
		if (checkInData.isEmpty()) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.checkIns.none"), false));
		}
		else {
			blocks.add(new ExportBlock.Table(
					List.of(context.text("engagement.checkIn.for"), context.text("engagement.export.checkIn.due"),
							context.text("engagement.export.checkIn.answer"),
							context.text("engagement.export.checkIn.note")),
					List.of(false, false, false, true),
					checkInData.stream()
						.map(c -> List.of(context.text("engagement.plan.owner." + c.side().name().toLowerCase(java.util.Locale.ROOT)), c.dueOn().toString(),
								c.answer() == null ? context.text("engagement.checkIn.waiting")
										: context.text(c.answer().messageKey()),
								Objects.requireNonNullElse(c.note(), "–")))
						.toList()));
		}
		if (limited) {
			blocks.add(context.limited());
		}
		return new ExportPart(new ClosingData(how, checkInData), blocks);
	}

	/** @param how how it closed; {@code null} while the engagement is open */
	record ClosingData(@Nullable HowData how, List<CheckInData> checkIns) {

		/** Nothing written, should it ever reach a log. */
		@Override
		public String toString() {
			return "ClosingData[closed " + (how != null) + ", " + checkIns.size() + " check-ins]";
		}

	}

	record HowData(ClosingReason reason, @Nullable String note, Instant closedAt, long months,
			LocalDate keepInTouchUntil, int everyMonths) {

		/** Enums only, should it ever reach a log. */
		@Override
		public String toString() {
			return "HowData[" + reason + "]";
		}

	}

	record CheckInData(UUID id, Side side, LocalDate dueOn, @Nullable CheckInAnswer answer, @Nullable String note,
			@Nullable Instant answeredAt) {

		/** Ids only, should it ever reach a log. */
		@Override
		public String toString() {
			return "CheckInData[" + id + "]";
		}

	}

}
