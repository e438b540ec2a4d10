package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Phase;
import org.tandem.engagement.persistence.DecisionRepository;
import org.tandem.engagement.persistence.MeetingRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * An engagement's meetings, with their notes, and what it decided. Every method first checks, through
 * {@link EngagementService#get}, that the account takes part, and finds meetings and decisions only through their own
 * engagement. A closed engagement is read, never changed. A decision may be removed by the person who recorded it
 * alone: the others keep the record of what was agreed.
 */
@Service
public class Meetings {

	/** Meetings and decisions shown at a time. */
	public static final int PAGE = 20;

	private final EngagementService engagements;

	private final MeetingRepository meetings;

	private final DecisionRepository decisions;

	private final Clock clock;

	Meetings(EngagementService engagements, MeetingRepository meetings, DecisionRepository decisions, Clock clock) {
		this.engagements = engagements;
		this.meetings = meetings;
		this.decisions = decisions;
		this.clock = clock;
	}

	/** The meetings, newest first, from the newest or before the key of an earlier page. */
	@Transactional(readOnly = true)
	public Slice<Meeting> meetings(UUID engagementId, UUID accountId, @Nullable String before) {
		engagements.get(engagementId, accountId);
		String[] key = Slice.parts(before);
		List<Meeting> found = key == null ? meetings.newest(engagementId, PAGE + 1)
				: meetings.before(engagementId, day(key[0]), id(key[1]), PAGE + 1);
		if (found.size() <= PAGE) {
			return new Slice<>(found, null);
		}
		Meeting last = found.get(PAGE - 1);
		return new Slice<>(found.subList(0, PAGE), Slice.key(last.heldOn(), last.id()));
	}

	@Transactional(readOnly = true)
	public Meeting meeting(UUID engagementId, UUID accountId, UUID meetingId) {
		engagements.get(engagementId, accountId);
		return meetingOf(engagementId, meetingId);
	}

	/** The engagement's meetings among these ids (a page of decisions names them), by id. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Meeting> named(UUID engagementId, UUID accountId, java.util.Collection<UUID> ids) {
		engagements.get(engagementId, accountId);
		java.util.Map<UUID, Meeting> found = new java.util.HashMap<>();
		meetings.findAllById(ids.stream().distinct().limit(PAGE).toList())
			.stream()
			.filter(m -> m.engagementId().equals(engagementId))
			.forEach(m -> found.put(m.id(), m));
		return found;
	}

	@Transactional
	public Meeting add(UUID engagementId, UUID accountId, Meeting.Entry entry) {
		engagements.touched(engagementId);
		Engagement engagement = open(engagementId, accountId);
		return meetings.save(Meeting.record(engagement, entry, accountId, clock.instant()));
	}

	/** Changes a meeting's day, title or notes, if the page they were changed on was the latest for it. */
	@Transactional
	public void change(UUID engagementId, UUID accountId, UUID meetingId, Meeting.Entry entry, long seenVersion) {
		engagements.touched(engagementId);
		open(engagementId, accountId);
		Meeting meeting = meetingOf(engagementId, meetingId);
		if (meeting.version() != seenVersion) {
			throw new InvalidInput("version", "engagement.stale");
		}
		meeting.change(entry, clock.instant());
		meetings.save(meeting);
	}

	/** The decisions, newest first, from the newest or before the key of an earlier page. */
	@Transactional(readOnly = true)
	public Slice<Decision> decisions(UUID engagementId, UUID accountId, @Nullable String before) {
		engagements.get(engagementId, accountId);
		String[] key = Slice.parts(before);
		List<Decision> found = key == null ? decisions.newest(engagementId, PAGE + 1)
				: decisions.before(engagementId, day(key[0]), id(key[1]), PAGE + 1);
		if (found.size() <= PAGE) {
			return new Slice<>(found, null);
		}
		Decision last = found.get(PAGE - 1);
		return new Slice<>(found.subList(0, PAGE), Slice.key(last.decidedOn(), last.id()));
	}

	/** Records a decision, at a meeting of the same engagement or none. */
	@Transactional
	public Decision decide(UUID engagementId, UUID accountId, Decision.Entry entry) {
		engagements.touched(engagementId);
		Engagement engagement = open(engagementId, accountId);
		if (entry.meetingId() != null && meetings.findById(entry.meetingId())
			.filter(m -> m.engagementId().equals(engagementId))
			.isEmpty()) {
			throw new InvalidInput("meetingId", "engagement.decision.meetingUnknown");
		}
		return decisions.save(Decision.record(engagement, entry, accountId, clock.instant()));
	}

	/** Removes a decision; only the person who recorded it may. */
	@Transactional
	public void removeDecision(UUID engagementId, UUID accountId, UUID decisionId) {
		engagements.touched(engagementId);
		open(engagementId, accountId);
		Decision decision = decisions.findById(decisionId)
			.filter(d -> d.engagementId().equals(engagementId))
			.orElseThrow(NotFoundException::new);
		if (!decision.authorId().equals(accountId)) {
			throw new InvalidInput("decision", "engagement.decision.notYours");
		}
		decisions.delete(decision);
	}

	private Meeting meetingOf(UUID engagementId, UUID meetingId) {
		return meetings.findById(meetingId)
			.filter(m -> m.engagementId().equals(engagementId))
			.orElseThrow(NotFoundException::new);
	}

	private Engagement open(UUID engagementId, UUID accountId) {
		Engagement engagement = engagements.get(engagementId, accountId);
		if (engagement.phase() == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
		return engagement;
	}

	/** A key's day; a key that is not one is a page nobody made, answered as not found. */
	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException notADay) {
			throw new NotFoundException();
		}
	}

	static UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException();
		}
	}

}
