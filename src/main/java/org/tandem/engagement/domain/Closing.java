package org.tandem.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.ClosingReason;
import org.tandem.engagement.Side;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * How an engagement closed: why, who said so and when, an optional note (sealed under the organization's case key),
 * and the keep-in-touch period agreed with how often its check-ins come. One per engagement: an engagement closes
 * once.
 */
@Table("engagement_closing")
public class Closing {

	/** The longest note of a closing. */
	public static final int NOTE_LIMIT = 2_000;

	/** The longest keep-in-touch period, in months. */
	public static final int MAX_MONTHS = 24;

	@Id
	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	private final ClosingReason reason;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText note;

	private final UUID closedBy;

	private final Instant closedAt;

	private final LocalDate keepInTouchUntil;

	private final int everyMonths;

	private @Nullable LocalDate nextCheckIn;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Closing(UUID engagementId, UUID organizationId, ClosingReason reason, @Nullable SealedText note, UUID closedBy,
			Instant closedAt, LocalDate keepInTouchUntil, int everyMonths, @Nullable LocalDate nextCheckIn,
			@Nullable Long version) {
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.reason = reason;
		this.note = note;
		this.closedBy = closedBy;
		this.closedAt = closedAt;
		this.keepInTouchUntil = keepInTouchUntil;
		this.everyMonths = everyMonths;
		this.nextCheckIn = nextCheckIn;
		this.version = version;
	}

	/** What the person closing says: why, a note, how long to keep in touch and how often to check in. */
	public record Terms(@Nullable ClosingReason reason, @Nullable String note, int months, int everyMonths) {

		public Terms {
			note = note == null || note.isBlank() ? null : note.strip();
		}

		void check(Side side) {
			if (reason == null) {
				throw new InvalidInput("reason", "engagement.closing.reasonMissing");
			}
			if (!reason.allowedFor(side)) {
				throw new InvalidInput("reason", "engagement.closing.reasonNotYours");
			}
			if (note != null && note.length() > NOTE_LIMIT) {
				throw new InvalidInput("note", "engagement.closing.noteTooLong");
			}
			if (months < 0 || months > MAX_MONTHS) {
				throw new InvalidInput("months", "engagement.closing.monthsRange");
			}
			if (everyMonths < 1 || everyMonths > 3) {
				throw new InvalidInput("everyMonths", "engagement.closing.everyRange");
			}
		}

	}

	static Closing record(Engagement engagement, Terms terms, Side side, UUID actor, Instant now, LocalDate today) {
		terms.check(side);
		LocalDate until = today.plusMonths(terms.months());
		LocalDate first = today.plusMonths(terms.everyMonths());
		return new Closing(engagement.id(), engagement.organizationId(), java.util.Objects.requireNonNull(terms.reason()),
				terms.note() == null ? null : SealedText.of(terms.note()), actor, now, until, terms.everyMonths(),
				terms.months() == 0 || first.isAfter(until) ? null : first, null);
	}

	/** The check-in of {@link #nextCheckIn()} was sent: the one after, if it is still within the period. */
	void advance() {
		if (nextCheckIn == null) {
			return;
		}
		LocalDate next = nextCheckIn.plusMonths(everyMonths);
		nextCheckIn = next.isAfter(keepInTouchUntil) ? null : next;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public ClosingReason reason() {
		return reason;
	}

	public @Nullable String note() {
		return SealedText.readable(note);
	}

	public UUID closedBy() {
		return closedBy;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public LocalDate keepInTouchUntil() {
		return keepInTouchUntil;
	}

	public int everyMonths() {
		return everyMonths;
	}

	public @Nullable LocalDate nextCheckIn() {
		return nextCheckIn;
	}

}
