package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.persistence.EngagementRepository;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;

/**
 * The engagements an account takes part in, newest first, a page at a time from a keyset cursor (the opening time and
 * id of the last one shown): the hundredth page costs what the first does, on the participant index.
 */
@Service
public class EngagementPages {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 100;

	private final EngagementRepository engagements;

	EngagementPages(EngagementRepository engagements) {
		this.engagements = engagements;
	}

	/**
	 * A page after the cursor (the first without one), {@code size} between 1 and {@link #MAX_SIZE}; a cursor that is
	 * not one of this list's is refused.
	 */
	@Transactional(readOnly = true)
	public Page of(UUID accountId, @Nullable String after, int size) {
		int limit = Math.clamp(size, 1, MAX_SIZE);
		List<Engagement> rows;
		if (after == null || after.isBlank()) {
			rows = engagements.ofParticipant(accountId, limit + 1);
		}
		else {
			Position from = Cursors.decode(after, 2)
				.flatMap(Position::parse)
				.orElseThrow(() -> new InvalidInput("after", "engagement.api.cursorInvalid"));
			rows = engagements.ofParticipantBefore(accountId, from.openedAt(), from.id(), limit + 1);
		}
		boolean more = rows.size() > limit;
		List<Engagement> shown = more ? rows.subList(0, limit) : rows;
		return new Page(List.copyOf(shown), more
				? Cursors.encode(shown.getLast().openedAt().toString(), shown.getLast().id().toString()) : null);
	}

	/** A page and the cursor of the next one (null on the last). */
	public record Page(List<Engagement> engagements, @Nullable String next) {
	}

	private record Position(Instant openedAt, UUID id) {

		static java.util.Optional<Position> parse(List<String> keys) {
			try {
				return java.util.Optional.of(new Position(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1))));
			}
			catch (IllegalArgumentException | java.time.DateTimeException notOurs) {
				return java.util.Optional.empty();
			}
		}

	}

}
