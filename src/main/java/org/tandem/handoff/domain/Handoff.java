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

/**
 * A request's way from the providers staff chose to confirmed contact: its stage, and each side's answer to "did you
 * reach each other?". One per request; the offers, the introduction and the follow-ups are rows of their own.
 */
@Table("handoff")
public class Handoff {

	@Id
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

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Handoff(UUID requestId, boolean anonymous, Stage stage, String language, UUID startedBy, Instant startedAt,
			Instant stageSince, @Nullable Instant introducedAt, @Nullable Boolean requesterContact,
			@Nullable Boolean providerContact, @Nullable Instant remindedAt, @Nullable Instant staffAlertedAt,
			@Nullable Instant confirmedAt, @Nullable UUID confirmedBy, @Nullable Long version) {
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
		this.version = version;
	}

	static Handoff start(UUID requestId, boolean anonymous, String language, UUID actor, Instant now) {
		return new Handoff(requestId, anonymous, Stage.OFFERING, language, actor, now, now, null, null, null, null,
				null, null, null, null);
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
		move(Stage.INTRODUCED, now);
	}

	/**
	 * One side says whether contact was made. Both yes confirms; a no stops for staff. A side may change its answer
	 * while contact is not confirmed.
	 *
	 * @return whether contact is now confirmed
	 */
	boolean answered(Side side, boolean reached, Instant now) {
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

	/** Staff checked and record that the two sides reached each other. */
	void confirmedByStaff(UUID actor, Instant now) {
		if (stage != Stage.INTRODUCED && stage != Stage.CONTACT_FAILED) {
			throw new InvalidInput("confirm", "handoff.contact.notAsked");
		}
		confirmedAt = now;
		confirmedBy = actor;
		move(Stage.FOLLOWING_UP, now);
	}

	/** Staff moved the request to "in contact" on the request's own page. */
	void confirmedElsewhere(Instant now) {
		confirmedAt = now;
		move(Stage.FOLLOWING_UP, now);
	}

	void withdrawn(Instant now) {
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

	/** Days from the start to confirmed contact, for the counters. */
	int daysToConfirm() {
		return (int) Duration.between(startedAt, confirmedAt == null ? stageSince : confirmedAt).toDays();
	}

}
