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
 * A meeting of the engagement: the day it was held, its title and its notes in Markdown, who wrote them. Its own
 * aggregate with its own version, sealed under the organization's case key.
 */
@Table("engagement_meeting")
public class Meeting {

	public static final int TITLE_LIMIT = 200;

	/** The longest notes, in characters of Markdown. */
	public static final int NOTES_LIMIT = 20_000;

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	private LocalDate heldOn;

	@Sealed(KeyPurpose.CASE)
	private SealedText title;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText notes;

	private final UUID authorId;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Meeting(UUID id, UUID engagementId, UUID organizationId, LocalDate heldOn, SealedText title,
			@Nullable SealedText notes, UUID authorId, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.heldOn = heldOn;
		this.title = title;
		this.notes = notes;
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Meeting record(Engagement engagement, Entry entry, UUID authorId, Instant now) {
		entry.check();
		return new Meeting(UUID.randomUUID(), engagement.id(), engagement.organizationId(), entry.heldOn(),
				SealedText.of(entry.title()), entry.notes() == null ? null : SealedText.of(entry.notes()), authorId,
				now, now, null);
	}

	void change(Entry entry, Instant now) {
		entry.check();
		heldOn = entry.heldOn();
		if (!entry.title().equals(title())) {
			title = SealedText.of(entry.title());
		}
		if (!Objects.equals(entry.notes(), notes())) {
			notes = entry.notes() == null ? null : SealedText.of(entry.notes());
		}
		updatedAt = now;
	}

	/** What a participant writes about a meeting; blank notes are none. */
	public record Entry(LocalDate heldOn, String title, @Nullable String notes) {

		/** The earliest and latest days a meeting may be dated (a typo of a year is refused, not stored). */
		static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

		public Entry {
			title = title.strip();
			notes = notes == null || notes.isBlank() ? null : notes.strip();
		}

		void check() {
			if (title.isEmpty()) {
				throw new InvalidInput("title", "engagement.meeting.titleMissing");
			}
			if (title.length() > TITLE_LIMIT) {
				throw new InvalidInput("title", "engagement.meeting.titleTooLong");
			}
			if (notes != null && notes.length() > NOTES_LIMIT) {
				throw new InvalidInput("notes", "engagement.notes.tooLong");
			}
			if (heldOn.isBefore(EARLIEST) || heldOn.isAfter(LocalDate.now().plusYears(2))) {
				throw new InvalidInput("heldOn", "engagement.day.outOfRange");
			}
		}

	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public String title() {
		return Objects.requireNonNullElse(SealedText.readable(title), "");
	}

	public @Nullable String notes() {
		return SealedText.readable(notes);
	}

	public UUID authorId() {
		return authorId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
