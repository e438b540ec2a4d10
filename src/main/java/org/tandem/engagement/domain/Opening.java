package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A non-anonymous handoff whose contact was confirmed, waiting for staff to link it to an enrolled organization; ids
 * and instants only, so nothing here needs sealing and the request's purge leaves nothing readable.
 */
@Table("engagement_opening")
public class Opening {

	@Id
	private final UUID requestId;

	private final UUID providerId;

	private final Instant confirmedAt;

	private @Nullable UUID engagementId;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Opening(UUID requestId, UUID providerId, Instant confirmedAt, @Nullable UUID engagementId,
			@Nullable Long version) {
		this.requestId = requestId;
		this.providerId = providerId;
		this.confirmedAt = confirmedAt;
		this.engagementId = engagementId;
		this.version = version;
	}

	static Opening waiting(UUID requestId, UUID providerId, Instant confirmedAt) {
		return new Opening(requestId, providerId, confirmedAt, null, null);
	}

	void opened(UUID engagement) {
		this.engagementId = engagement;
	}

	public UUID requestId() {
		return requestId;
	}

	public UUID providerId() {
		return providerId;
	}

	public Instant confirmedAt() {
		return confirmedAt;
	}

	public @Nullable UUID engagementId() {
		return engagementId;
	}

}
