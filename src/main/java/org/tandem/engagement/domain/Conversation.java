package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Phase;
import org.tandem.engagement.persistence.MessageRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * The engagement's thread of messages between its participants: plain text, latest last, the latest
 * {@value #PAGE} at a time with a key to the older ones. No mail is sent for a message (people read the thread on the
 * page); a closed engagement's thread is read only.
 */
@Service
public class Conversation {

	public static final int PAGE = 30;

	private final EngagementService engagements;

	private final MessageRepository messages;

	private final Clock clock;

	Conversation(EngagementService engagements, MessageRepository messages, Clock clock) {
		this.engagements = engagements;
		this.messages = messages;
		this.clock = clock;
	}

	/** The latest messages (or those before the key of a later page), latest last. */
	@Transactional(readOnly = true)
	public Slice<Message> messages(UUID engagementId, UUID accountId, @Nullable String before) {
		engagements.get(engagementId, accountId);
		String[] key = Slice.parts(before);
		List<Message> found = key == null ? messages.latest(engagementId, PAGE + 1)
				: messages.before(engagementId, instant(key[0]), Meetings.id(key[1]), PAGE + 1);
		String older = null;
		if (found.size() > PAGE) {
			found = found.subList(0, PAGE);
			Message oldest = found.get(PAGE - 1);
			older = Slice.key(oldest.sentAt(), oldest.id());
		}
		List<Message> latestLast = new ArrayList<>(found);
		Collections.reverse(latestLast);
		return new Slice<>(latestLast, older);
	}

	@Transactional
	public Message send(UUID engagementId, UUID accountId, String text) {
		engagements.touched(engagementId);
		Engagement engagement = engagements.get(engagementId, accountId);
		if (engagement.phase() == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
		// to the microsecond, as both databases keep it, so that a page's key finds the message it names
		return messages.save(Message.send(engagement, accountId, text,
				clock.instant().truncatedTo(ChronoUnit.MICROS)));
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException notAnInstant) {
			throw new NotFoundException();
		}
	}

}
