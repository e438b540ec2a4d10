package org.tandem.engagement.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.engagement.domain.Decision;
import org.tandem.engagement.domain.Meeting;
import org.tandem.engagement.persistence.DecisionRepository;
import org.tandem.engagement.persistence.MeetingRepository;

/**
 * The meetings with their notes and the decisions, newest first as their pages list them. Notes are written in
 * Markdown; the PDF holds their source as a paragraph (never rendered HTML), the JSON file the same text.
 */
@Component
class MeetingsSection implements EngagementExportSection {

	private final MeetingRepository meetings;

	private final DecisionRepository decisions;

	MeetingsSection(MeetingRepository meetings, DecisionRepository decisions) {
		this.meetings = meetings;
		this.decisions = decisions;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String name() {
		return "meetingsAndDecisions";
	}

	@Override
	public String titleKey() {
		return "engagement.export.meetingsAndDecisions";
	}

	@Override
	public ExportPart write(ExportContext context) {
		List<Meeting> held = meetings.newest(context.engagementId(), ExportContext.ROW_LIMIT + 1);
		boolean meetingsLimited = held.size() > ExportContext.ROW_LIMIT;
		List<MeetingData> meetingData = (meetingsLimited ? held.subList(0, ExportContext.ROW_LIMIT) : held).stream()
			.map(m -> new MeetingData(m.id(), m.heldOn(), m.title(), m.notes(), m.createdAt(), m.updatedAt()))
			.toList();
		List<Decision> taken = decisions.newest(context.engagementId(), ExportContext.ROW_LIMIT + 1);
		boolean decisionsLimited = taken.size() > ExportContext.ROW_LIMIT;
		List<DecisionData> decisionData = (decisionsLimited ? taken.subList(0, ExportContext.ROW_LIMIT) : taken)
			.stream()
			.map(d -> new DecisionData(d.id(), d.decidedOn(), d.what(), d.meetingId(), d.createdAt()))
			.toList();

		List<ExportBlock> blocks = new ArrayList<>();
		blocks.add(new ExportBlock.Subheading(context.text("engagement.meetings")));
		if (meetingData.isEmpty()) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.meetings.none"), false));
		}
		for (MeetingData meeting : meetingData) {
			blocks.add(new ExportBlock.Facts(List.of(
					new ExportBlock.Fact(context.text("engagement.meeting.heldOn"), meeting.heldOn().toString(), false),
					new ExportBlock.Fact(context.text("engagement.meeting.title"), meeting.title(), true))));
			if (meeting.notes() != null) {
				blocks.add(new ExportBlock.Paragraph(meeting.notes(), true));
			}
		}
		if (meetingsLimited) {
			blocks.add(context.limited());
		}

		blocks.add(new ExportBlock.Subheading(context.text("engagement.decisions")));
		if (decisionData.isEmpty()) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.decisions.none"), false));
		}
		else {
			blocks.add(new ExportBlock.Table(
					List.of(context.text("engagement.decision.decidedOn"), context.text("engagement.decision.what")),
					List.of(false, true),
					decisionData.stream().map(d -> List.of(d.decidedOn().toString(), d.what())).toList()));
		}
		if (decisionsLimited) {
			blocks.add(context.limited());
		}
		return new ExportPart(new MeetingsAndDecisions(meetingData, decisionData), blocks);
	}

	record MeetingsAndDecisions(List<MeetingData> meetings, List<DecisionData> decisions) {

		/** Counts only, should it ever reach a log. */
		@Override
		public String toString() {
			return "MeetingsAndDecisions[" + meetings.size() + " meetings, " + decisions.size() + " decisions]";
		}

	}

	record MeetingData(UUID id, LocalDate heldOn, String title, @Nullable String notes, Instant createdAt,
			Instant updatedAt) {

		/** Ids only, should it ever reach a log. */
		@Override
		public String toString() {
			return "MeetingData[" + id + "]";
		}

	}

	record DecisionData(UUID id, LocalDate decidedOn, String what, @Nullable UUID meetingId, Instant createdAt) {

		/** Ids only, should it ever reach a log. */
		@Override
		public String toString() {
			return "DecisionData[" + id + "]";
		}

	}

}
