package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.Side;
import org.tandem.platform.InvalidInput;

/**
 * A side answered a check-in with "need help": staff see it until one of them marks it handled. Holds ids, the side
 * and instants only; what the side wrote stays on the check-in, for the engagement's participants.
 */
@Table("engagement_alert")
public class Alert {

	@Id
	private final UUID id;

	private final UUID engagementId;

	private final UUID organizationId;

	private final UUID checkInId;

	private final Side side;

	private final Instant raisedAt;

	private @Nullable Instant handledAt;

	private @Nullable UUID handledBy;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Alert(UUID id, UUID engagementId, UUID organizationId, UUID checkInId, Side side, Instant raisedAt,
			@Nullable Instant handledAt, @Nullable UUID handledBy, @Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.checkInId = checkInId;
		this.side = side;
		this.raisedAt = raisedAt;
		this.handledAt = handledAt;
		this.handledBy = handledBy;
		this.version = version;
	}

	static Alert raise(CheckIn checkIn, Instant now) {
		return new Alert(UUID.randomUUID(), checkIn.engagementId(), checkIn.organizationId(), checkIn.id(),
				checkIn.side(), now, null, null, null);
	}

	void handle(UUID staff, Instant now) {
		if (handledAt != null) {
			throw new InvalidInput("alert", "engagement.alert.alreadyHandled");
		}
		handledAt = now;
		handledBy = staff;
	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public UUID checkInId() {
		return checkInId;
	}

	public Side side() {
		return side;
	}

	public Instant raisedAt() {
		return raisedAt;
	}

	public @Nullable Instant handledAt() {
		return handledAt;
	}

	public @Nullable UUID handledBy() {
		return handledBy;
	}

}
