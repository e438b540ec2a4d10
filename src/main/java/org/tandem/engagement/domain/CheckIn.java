package org.tandem.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.CheckInAnswer;
import org.tandem.engagement.Side;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One side's keep-in-touch check-in on one due date: answered once, "all well" or "need help" with an optional note
 * (sealed under the organization's case key). The link mailed for it is kept as its SHA-256 digest only, and expires.
 */
@Table("engagement_check_in")
public class CheckIn {

	/** The longest note of an answer. */
	public static final int NOTE_LIMIT = 1_000;

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	private final Side side;

	private final LocalDate dueOn;

	private final String tokenDigest;

	private final Instant expiresAt;

	private @Nullable CheckInAnswer answer;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText note;

	private @Nullable Instant answeredAt;

	private @Nullable UUID answeredBy;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	CheckIn(UUID id, UUID engagementId, UUID organizationId, Side side, LocalDate dueOn, String tokenDigest,
			Instant expiresAt, @Nullable CheckInAnswer answer, @Nullable SealedText note, @Nullable Instant answeredAt,
			@Nullable UUID answeredBy, @Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.side = side;
		this.dueOn = dueOn;
		this.tokenDigest = tokenDigest;
		this.expiresAt = expiresAt;
		this.answer = answer;
		this.note = note;
		this.answeredAt = answeredAt;
		this.answeredBy = answeredBy;
		this.version = version;
	}

	static CheckIn due(Closing closing, Side side, LocalDate dueOn, String tokenDigest, Instant expiresAt) {
		return new CheckIn(UUID.randomUUID(), closing.engagementId(), closing.organizationId(), side, dueOn,
				tokenDigest, expiresAt, null, null, null, null, null);
	}

	/** Answers the check-in, once; {@code by} is empty when it was answered through the mailed link. */
	void answer(@Nullable CheckInAnswer value, @Nullable String text, @Nullable UUID by, Instant now) {
		if (answer != null) {
			throw new InvalidInput("answer", "engagement.checkIn.alreadyAnswered");
		}
		if (value == null) {
			throw new InvalidInput("answer", "engagement.checkIn.answerMissing");
		}
		String cleaned = text == null || text.isBlank() ? null : text.strip();
		if (cleaned != null && cleaned.length() > NOTE_LIMIT) {
			throw new InvalidInput("note", "engagement.checkIn.noteTooLong");
		}
		answer = value;
		note = cleaned == null ? null : SealedText.of(cleaned);
		answeredAt = now;
		answeredBy = by;
	}

	public boolean isExpired(Instant now) {
		return !now.isBefore(expiresAt);
	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public Side side() {
		return side;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public @Nullable CheckInAnswer answer() {
		return answer;
	}

	public @Nullable String note() {
		return SealedText.readable(note);
	}

	public @Nullable Instant answeredAt() {
		return answeredAt;
	}

	public @Nullable UUID answeredBy() {
		return answeredBy;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
