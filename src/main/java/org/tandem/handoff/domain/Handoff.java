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
 * A request's way from the providers staff chose to confirmed contact: its stage, and each side's answer to "did you
 * reach each other?". One per request; the offers, the introduction and the follow-ups are rows of their own.
 * Staff recording contact that a side has not confirmed waits a grace period ({@link Stage#CONTACT_RECORDED}) in
 * which the organization may say it is not in contact.
 */
@Table("handoff")
public class Handoff {

	@Id
	@DataOwner
	private final UUID requestId;

	private final boolean anonymous;

	private Stage stage;

	private final String language;

	private final UUID startedBy;

	private final Instant startedAt;

	private Instant stageSince;

	private @Nullable Instant introducedAt;

	private @Nullable Boolean requesterContact;

	private @Nullable Boolean providerContact;

	private @Nullable Instant remindedAt;

	private @Nullable Instant staffAlertedAt;

	private @Nullable Instant confirmedAt;

	private @Nullable UUID confirmedBy;

	/** While staff's record of contact waits: when it takes effect unless the organization objects. */
	private @Nullable Instant graceUntil;

	/** Why staff record contact against a side's "not yet": free text about the case. */
	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText staffReason;

	/** When the organization last said it is not in contact, cancelling staff's record. */
	private @Nullable Instant recordCancelledAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Handoff(UUID requestId, boolean anonymous, Stage stage, String language, UUID startedBy, Instant startedAt,
			Instant stageSince, @Nullable Instant introducedAt, @Nullable Boolean requesterContact,
			@Nullable Boolean providerContact, @Nullable Instant remindedAt, @Nullable Instant staffAlertedAt,
			@Nullable Instant confirmedAt, @Nullable UUID confirmedBy, @Nullable Instant graceUntil,
			@Nullable SealedText staffReason, @Nullable Instant recordCancelledAt, @Nullable Long version) {
		this.requestId = requestId;
		this.anonymous = anonymous;
		this.stage = stage;
		this.language = language;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.stageSince = stageSince;
		this.introducedAt = introducedAt;
		this.requesterContact = requesterContact;
		this.providerContact = providerContact;
		this.remindedAt = remindedAt;
		this.staffAlertedAt = staffAlertedAt;
		this.confirmedAt = confirmedAt;
		this.confirmedBy = confirmedBy;
		this.graceUntil = graceUntil;
		this.staffReason = staffReason;
		this.recordCancelledAt = recordCancelledAt;
		this.version = version;
	}

	static Handoff start(UUID requestId, boolean anonymous, String language, UUID actor, Instant now) {
		return new Handoff(requestId, anonymous, Stage.OFFERING, language, actor, now, now, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	/** The choice changed before anyone accepted: offering starts again. */
	void restart(Instant now) {
		if (!canRestart()) {
			throw new InvalidInput("choice", "handoff.choice.locked");
		}
		move(Stage.OFFERING, now);
	}

	boolean canRestart() {
		return stage == Stage.OFFERING || stage == Stage.NO_PROVIDER || stage == Stage.WITHDRAWN
				|| stage == Stage.CLOSED;
	}

	void offering(Instant now) {
		move(Stage.OFFERING, now);
	}

	void noProvider(Instant now) {
		move(Stage.NO_PROVIDER, now);
	}

	void accepted(Instant now) {
		require(Stage.OFFERING);
		move(Stage.ACCEPTED, now);
	}

	void introduced(Instant now) {
		require(Stage.ACCEPTED);
		introducedAt = now;
		requesterContact = null;
		providerContact = null;
		remindedAt = null;
		staffAlertedAt = null;
		graceUntil = null;
		staffReason = null;
		recordCancelledAt = null;
		move(Stage.INTRODUCED, now);
	}

	/**
	 * One side says whether contact was made. Both yes confirms; a no stops for staff. A side may change its answer
	 * while contact is not confirmed.
	 *
	 * @return whether contact is now confirmed
	 */
	boolean answered(Side side, boolean reached, Instant now) {
		if (stage == Stage.CONTACT_RECORDED && side == Side.ORGANIZATION) {
			// staff recorded contact: the organization's own yes confirms it at once, its no cancels the record
			if (!reached) {
				notInContact(now);
				return false;
			}
			requesterContact = true;
			graceUntil = null;
			confirmedAt = now;
			move(Stage.FOLLOWING_UP, now);
			return true;
		}
		if (stage != Stage.INTRODUCED && stage != Stage.CONTACT_FAILED) {
			throw new InvalidInput("reached", "handoff.contact.notAsked");
		}
		if (side == Side.ORGANIZATION) {
			requesterContact = reached;
		}
		else {
			providerContact = reached;
		}
		if (Boolean.TRUE.equals(requesterContact) && Boolean.TRUE.equals(providerContact)) {
			confirmedAt = now;
			move(Stage.FOLLOWING_UP, now);
			return true;
		}
		if (!reached) {
			move(Stage.CONTACT_FAILED, now);
		}
		else if (stage == Stage.CONTACT_FAILED && !Boolean.FALSE.equals(requesterContact)
				&& !Boolean.FALSE.equals(providerContact)) {
			move(Stage.INTRODUCED, now);
		}
		return false;
	}

	/** A side answered "not yet" (and has not changed its answer since). */
	public boolean contactRefused() {
		return Boolean.FALSE.equals(requesterContact) || Boolean.FALSE.equals(providerContact);
	}

	/**
	 * Whether staff recording contact must wait the grace period: against a side's "not yet", and for an anonymous
	 * request whose organization has not said yes itself, since the purge that follows cannot be undone.
	 */
	public boolean recordWaits() {
		return contactRefused() || (anonymous && !Boolean.TRUE.equals(requesterContact));
	}

	/** Staff checked and record that the two sides reached each other; it takes effect at once. */
	void confirmedByStaff(UUID actor, Instant now) {
		requireContactAsked();
		if (recordWaits()) {
			throw new IllegalStateException("a record against a side's answer waits its grace period");
		}
		confirmedAt = now;
		confirmedBy = actor;
		move(Stage.FOLLOWING_UP, now);
	}

	/**
	 * Staff record contact that waits until {@code until}: the organization may say it is not in contact meanwhile.
	 *
	 * @param reason why, required against a side's "not yet"
	 */
	void contactRecorded(UUID actor, @Nullable String reason, Instant now, Instant until) {
		requireContactAsked();
		if (contactRefused() && (reason == null || reason.isBlank())) {
			throw new InvalidInput("reason", "handoff.confirm.reasonRequired");
		}
		if (reason != null && reason.strip().length() > ContactRecords.MAX_REASON) {
			throw new InvalidInput("reason", "validation.tooLong");
		}
		confirmedBy = actor;
		staffReason = reason == null || reason.isBlank() ? null : SealedText.of(reason.strip());
		graceUntil = until;
		move(Stage.CONTACT_RECORDED, now);
	}

	/**
	 * The grace period is over and nobody objected: contact is confirmed.
	 *
	 * @return whether it was (false when the handoff moved on meanwhile or the period is not over)
	 */
	boolean graceOver(Instant now) {
		if (stage != Stage.CONTACT_RECORDED || graceUntil == null || now.isBefore(graceUntil)) {
			return false;
		}
		confirmedAt = now;
		move(Stage.FOLLOWING_UP, now);
		return true;
	}

	/** The organization says it is not in contact: staff's record is cancelled and nothing happens. */
	void notInContact(Instant now) {
		if (stage != Stage.CONTACT_RECORDED) {
			throw new InvalidInput("reached", "handoff.grace.notRunning");
		}
		requesterContact = false;
		confirmedBy = null;
		staffReason = null;
		graceUntil = null;
		recordCancelledAt = now;
		move(Stage.CONTACT_FAILED, now);
	}

	private void requireContactAsked() {
		if (stage == Stage.CONTACT_RECORDED) {
			throw new InvalidInput("confirm", "handoff.confirm.alreadyRecorded");
		}
		if (stage != Stage.INTRODUCED && stage != Stage.CONTACT_FAILED) {
			throw new InvalidInput("confirm", "handoff.contact.notAsked");
		}
	}

	/** Staff moved the request to "in contact" on the request's own page. */
	void confirmedElsewhere(Instant now) {
		confirmedAt = now;
		move(Stage.FOLLOWING_UP, now);
	}

	void withdrawn(Instant now) {
		// a record of contact still waiting goes with the handoff it belonged to
		graceUntil = null;
		staffReason = null;
		move(Stage.WITHDRAWN, now);
	}

	void closed(Instant now) {
		move(Stage.CLOSED, now);
	}

	void reminded(Instant now) {
		remindedAt = now;
	}

	void staffAlerted(Instant now) {
		staffAlertedAt = now;
	}

	/** Whether a side has still to say if contact was made. */
	boolean waitsFor(Side side) {
		return side == Side.ORGANIZATION ? requesterContact == null : providerContact == null;
	}

	private void require(Stage expected) {
		if (stage != expected) {
			throw new InvalidInput("stage", "handoff.stage.changed");
		}
	}

	private void move(Stage to, Instant now) {
		stage = to;
		stageSince = now;
	}

	public UUID requestId() {
		return requestId;
	}

	public boolean anonymous() {
		return anonymous;
	}

	public Stage stage() {
		return stage;
	}

	public String language() {
		return language;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant stageSince() {
		return stageSince;
	}

	public @Nullable Instant introducedAt() {
		return introducedAt;
	}

	public @Nullable Boolean requesterContact() {
		return requesterContact;
	}

	public @Nullable Boolean providerContact() {
		return providerContact;
	}

	public @Nullable Instant remindedAt() {
		return remindedAt;
	}

	public @Nullable Instant staffAlertedAt() {
		return staffAlertedAt;
	}

	public @Nullable Instant confirmedAt() {
		return confirmedAt;
	}

	public @Nullable UUID confirmedBy() {
		return confirmedBy;
	}

	public @Nullable Instant graceUntil() {
		return graceUntil;
	}

	/** Why staff recorded contact against a side's "not yet", opened; null when none was needed. */
	public @Nullable String staffReason() {
		return SealedText.readable(staffReason);
	}

	public @Nullable Instant recordCancelledAt() {
		return recordCancelledAt;
	}

	/** Days from the start to confirmed contact, for the counters. */
	int daysToConfirm() {
		return (int) Duration.between(startedAt, confirmedAt == null ? stageSince : confirmedAt).toDays();
	}

}
