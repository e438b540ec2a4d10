package org.tandem.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * Something the engagement decided, on a day, perhaps at one of its meetings; who recorded it. Decisions are not
 * changed once recorded (a new decision replaces an old one); the person who recorded one may remove it.
 */
@Table("engagement_decision")
public class Decision {

	public static final int LIMIT = 2_000;

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	private final @Nullable UUID meetingId;

	private final LocalDate decidedOn;

	@Sealed(KeyPurpose.CASE)
	private final SealedText what;

	private final UUID authorId;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Decision(UUID id, UUID engagementId, UUID organizationId, @Nullable UUID meetingId, LocalDate decidedOn,
			SealedText what, UUID authorId, Instant createdAt, @Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.meetingId = meetingId;
		this.decidedOn = decidedOn;
		this.what = what;
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Decision record(Engagement engagement, Entry entry, UUID authorId, Instant now) {
		entry.check();
		return new Decision(UUID.randomUUID(), engagement.id(), engagement.organizationId(), entry.meetingId(),
				entry.decidedOn(), SealedText.of(entry.what()), authorId, now, null);
	}

	/** What was decided, when, and at which meeting of the same engagement (if any). */
	public record Entry(LocalDate decidedOn, String what, @Nullable UUID meetingId) {

		public Entry {
			what = what.strip();
		}

		void check() {
			if (what.isEmpty()) {
				throw new InvalidInput("what", "engagement.decision.missing");
			}
			if (what.length() > LIMIT) {
				throw new InvalidInput("what", "engagement.decision.tooLong");
			}
			if (decidedOn.isBefore(Meeting.Entry.EARLIEST) || decidedOn.isAfter(LocalDate.now().plusYears(2))) {
				throw new InvalidInput("decidedOn", "engagement.day.outOfRange");
			}
		}

	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public @Nullable UUID meetingId() {
		return meetingId;
	}

	public LocalDate decidedOn() {
		return decidedOn;
	}

	public String what() {
		return Objects.requireNonNullElse(SealedText.readable(what), "");
	}

	public UUID authorId() {
		return authorId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
