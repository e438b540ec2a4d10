package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.Agreement;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * An organization and its provider working together (ADR 0017). The organization is the data owner: the agreements,
 * like everything people write in the engagement, are sealed under its case key, so its purge shreds them.
 */
@Table("engagement")
public class Engagement {

	/** The longest text of one agreement. */
	public static final int AGREEMENT_LIMIT = 4_000;

	@Id
	private final UUID id;

	@DataOwner
	private final UUID organizationId;

	private final UUID providerId;

	private final @Nullable UUID requestId;

	private Phase phase;

	private final Instant openedAt;

	private Instant updatedAt;

	private @Nullable Instant closedAt;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText agreementWorking;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText agreementRhythm;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText agreementDecisions;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText agreementConfidential;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText agreementIncidents;

	@Version
	private @Nullable Long version;

	@MappedCollection(idColumn = "engagement_id")
	private Set<Participant> participants;

	@PersistenceCreator
	Engagement(UUID id, UUID organizationId, UUID providerId, @Nullable UUID requestId, Phase phase, Instant openedAt,
			Instant updatedAt, @Nullable Instant closedAt, @Nullable SealedText agreementWorking,
			@Nullable SealedText agreementRhythm, @Nullable SealedText agreementDecisions,
			@Nullable SealedText agreementConfidential, @Nullable SealedText agreementIncidents,
			@Nullable Long version, Set<Participant> participants) {
		this.id = id;
		this.organizationId = organizationId;
		this.providerId = providerId;
		this.requestId = requestId;
		this.phase = phase;
		this.openedAt = openedAt;
		this.updatedAt = updatedAt;
		this.closedAt = closedAt;
		this.agreementWorking = agreementWorking;
		this.agreementRhythm = agreementRhythm;
		this.agreementDecisions = agreementDecisions;
		this.agreementConfidential = agreementConfidential;
		this.agreementIncidents = agreementIncidents;
		this.version = version;
		this.participants = new HashSet<>(participants);
	}

	/** A new engagement in Discover, with its first participants. */
	static Engagement open(UUID organizationId, UUID providerId, @Nullable UUID requestId,
			Set<Participant> participants, Instant now) {
		return new Engagement(UUID.randomUUID(), organizationId, providerId, requestId, Phase.DISCOVER, now, now,
				null, null, null, null, null, null, null, participants);
	}

	/** Moves to another phase; returns the one it left. */
	Phase moveTo(Phase to, Instant now) {
		if (!phase.canMoveTo(to)) {
			throw new InvalidInput("phase", "engagement.phase.notAllowed");
		}
		Phase from = phase;
		phase = to;
		updatedAt = now;
		return from;
	}

	/**
	 * Closing: keeping in touch for the agreed time, or closed at once when no time was agreed. Refused once the
	 * engagement was closed before, so that it closes (and frees the provider's slot) once.
	 */
	void close(boolean keepInTouch, Instant now) {
		if (!phase.isWorking()) {
			throw new InvalidInput("phase", "engagement.closing.already");
		}
		phase = keepInTouch ? Phase.KEEPING_IN_TOUCH : Phase.CLOSED;
		closedAt = keepInTouch ? null : now;
		updatedAt = now;
	}

	/** The keep-in-touch period ended: closed. */
	void finish(Instant now) {
		if (phase != Phase.KEEPING_IN_TOUCH) {
			return;
		}
		phase = Phase.CLOSED;
		closedAt = now;
		updatedAt = now;
	}

	/** Changes one agreement; blank removes it. Sealed values that did not change keep their ciphertext. */
	void agree(Agreement topic, @Nullable String text, Instant now) {
		if (phase == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
		String value = text == null || text.isBlank() ? null : text.strip();
		if (value != null && value.length() > AGREEMENT_LIMIT) {
			throw new InvalidInput(topic.name(), "engagement.agreement.tooLong");
		}
		if (java.util.Objects.equals(value, agreement(topic).orElse(null))) {
			return;
		}
		SealedText sealed = value == null ? null : SealedText.of(value);
		switch (topic) {
			case WORKING -> agreementWorking = sealed;
			case RHYTHM -> agreementRhythm = sealed;
			case DECISIONS -> agreementDecisions = sealed;
			case CONFIDENTIAL -> agreementConfidential = sealed;
			case INCIDENTS -> agreementIncidents = sealed;
		}
		updatedAt = now;
	}

	/**
	 * Adds an account, or changes the side it speaks for. Not an activity of the work: a staff member joining does
	 * not make a stuck engagement look alive.
	 */
	void add(UUID accountId, Side side, Instant now) {
		participants.removeIf(p -> p.accountId().equals(accountId));
		participants.add(new Participant(accountId, side, now));
	}

	public Optional<String> agreement(Agreement topic) {
		SealedText value = switch (topic) {
			case WORKING -> agreementWorking;
			case RHYTHM -> agreementRhythm;
			case DECISIONS -> agreementDecisions;
			case CONFIDENTIAL -> agreementConfidential;
			case INCIDENTS -> agreementIncidents;
		};
		return Optional.ofNullable(SealedText.readable(value));
	}

	public Map<Agreement, String> agreements() {
		Map<Agreement, String> all = new EnumMap<>(Agreement.class);
		for (Agreement topic : Agreement.values()) {
			agreement(topic).ifPresent(text -> all.put(topic, text));
		}
		return all;
	}

	/** The side the account speaks for in this engagement, if it takes part. */
	public Optional<Side> sideOf(UUID accountId) {
		return participants.stream().filter(p -> p.accountId().equals(accountId)).map(Participant::side).findFirst();
	}

	public UUID id() {
		return id;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public UUID providerId() {
		return providerId;
	}

	public @Nullable UUID requestId() {
		return requestId;
	}

	public Phase phase() {
		return phase;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public Set<Participant> participants() {
		return Set.copyOf(participants);
	}

}
