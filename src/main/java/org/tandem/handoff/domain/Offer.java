package org.tandem.handoff.domain;

import java.time.Duration;
import java.time.Instant;
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
 * An offer of a request to one provider, at its place in staff's order. It shows the provider only what they need to
 * decide; they accept or decline (with a reason) before the deadline, or it expires.
 */
@Table("handoff_offer")
public class Offer {

	/** The longest note a provider may add to a decline. */
	public static final int MAX_NOTE = 1000;

	@Id
	private final UUID id;

	@DataOwner
	private final UUID requestId;

	private final UUID providerId;

	private final int position;

	private OfferStatus status;

	private @Nullable Instant sentAt;

	private @Nullable Instant deadline;

	private @Nullable Instant answeredAt;

	private @Nullable DeclineReason declineReason;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText declineNote;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Offer(UUID id, UUID requestId, UUID providerId, int position, OfferStatus status, @Nullable Instant sentAt,
			@Nullable Instant deadline, @Nullable Instant answeredAt, @Nullable DeclineReason declineReason,
			@Nullable SealedText declineNote, @Nullable Long version) {
		this.id = id;
		this.requestId = requestId;
		this.providerId = providerId;
		this.position = position;
		this.status = status;
		this.sentAt = sentAt;
		this.deadline = deadline;
		this.answeredAt = answeredAt;
		this.declineReason = declineReason;
		this.declineNote = declineNote;
		this.version = version;
	}

	static Offer queued(UUID requestId, UUID providerId, int position) {
		return new Offer(UUID.randomUUID(), requestId, providerId, position, OfferStatus.QUEUED, null, null, null, null,
				null, null);
	}

	void open(Instant now, Duration answerWithin) {
		status = OfferStatus.OPEN;
		sentAt = now;
		deadline = now.plus(answerWithin);
	}

	void accept(Instant now) {
		requireOpen(now);
		status = OfferStatus.ACCEPTED;
		answeredAt = now;
	}

	void decline(DeclineReason reason, @Nullable String note, Instant now) {
		requireOpen(now);
		if (note != null && note.strip().length() > MAX_NOTE) {
			throw new InvalidInput("note", "validation.tooLong");
		}
		status = OfferStatus.DECLINED;
		answeredAt = now;
		declineReason = reason;
		declineNote = note == null || note.isBlank() ? null : SealedText.of(note.strip());
	}

	/** An open offer past its deadline counts as declined. */
	boolean expireIfDue(Instant now) {
		if (status == OfferStatus.OPEN && deadline != null && !now.isBefore(deadline)) {
			status = OfferStatus.EXPIRED;
			answeredAt = now;
			return true;
		}
		return false;
	}

	/** Staff took back an offer not yet answered (or one still queued). */
	boolean withdraw(Instant now) {
		if (status == OfferStatus.OPEN || status == OfferStatus.QUEUED) {
			status = OfferStatus.WITHDRAWN;
			answeredAt = now;
			return true;
		}
		return false;
	}

	/** The organization would rather not be introduced to this provider: the acceptance is taken back. */
	void withdrawAccepted(Instant now) {
		if (status != OfferStatus.ACCEPTED) {
			throw new InvalidInput("offer", "handoff.stage.changed");
		}
		status = OfferStatus.WITHDRAWN;
		answeredAt = now;
	}

	private void requireOpen(Instant now) {
		if (status != OfferStatus.OPEN) {
			throw new InvalidInput("offer", "handoff.offer.notOpen");
		}
		if (deadline != null && !now.isBefore(deadline)) {
			throw new InvalidInput("offer", "handoff.offer.expired");
		}
	}

	public UUID id() {
		return id;
	}

	public UUID requestId() {
		return requestId;
	}

	public UUID providerId() {
		return providerId;
	}

	public int position() {
		return position;
	}

	public OfferStatus status() {
		return status;
	}

	public @Nullable Instant sentAt() {
		return sentAt;
	}

	public @Nullable Instant deadline() {
		return deadline;
	}

	public @Nullable Instant answeredAt() {
		return answeredAt;
	}

	public @Nullable DeclineReason declineReason() {
		return declineReason;
	}

	public @Nullable String declineNote() {
		return SealedText.readable(declineNote);
	}

	public boolean isOpen() {
		return status == OfferStatus.OPEN;
	}

}
