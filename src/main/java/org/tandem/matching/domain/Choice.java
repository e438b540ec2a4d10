package org.tandem.matching.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.matching.engine.Constraint;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * A provider staff chose for a request, at a position in the order of offers. Choosing a provider the engine
 * excluded records the constraints overridden and why.
 */
@Table("match_choice")
public class Choice {

	@Id
	private final UUID id;

	@DataOwner
	private final UUID requestId;

	private final int position;

	private final UUID providerId;

	private final @Nullable Integer score;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText overridden;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText reason;

	private final UUID chosenBy;

	private final Instant chosenAt;

	@Version
	private final @Nullable Long version;

	@PersistenceCreator
	Choice(UUID id, UUID requestId, int position, UUID providerId, @Nullable Integer score,
			@Nullable SealedText overridden,
			@Nullable SealedText reason, UUID chosenBy, Instant chosenAt, @Nullable Long version) {
		this.id = id;
		this.requestId = requestId;
		this.position = position;
		this.providerId = providerId;
		this.score = score;
		this.overridden = overridden;
		this.reason = reason;
		this.chosenBy = chosenBy;
		this.chosenAt = chosenAt;
		this.version = version;
	}

	public static Choice of(UUID requestId, int position, UUID providerId, @Nullable Integer score,
			Set<Constraint> overridden, @Nullable String reason, UUID actor, Instant now) {
		return new Choice(UUID.randomUUID(), requestId, position, providerId, score,
				overridden.isEmpty() ? null
						: SealedText.of(overridden.stream().map(Enum::name).collect(Collectors.joining(","))),
				reason == null || reason.isBlank() ? null : SealedText.of(reason.strip()), actor, now, null);
	}

	public UUID requestId() {
		return requestId;
	}

	public int position() {
		return position;
	}

	public UUID providerId() {
		return providerId;
	}

	/** The score when chosen; null for a provider the engine excluded. */
	public @Nullable Integer score() {
		return score;
	}

	public Set<Constraint> overridden() {
		Set<Constraint> set = EnumSet.noneOf(Constraint.class);
		if (overridden != null && !overridden.isDestroyed()) {
			Arrays.stream(overridden.reveal().split(",")).map(Constraint::valueOf).forEach(set::add);
		}
		return set;
	}

	public @Nullable String reason() {
		return SealedText.readable(reason);
	}

	public UUID chosenBy() {
		return chosenBy;
	}

	public Instant chosenAt() {
		return chosenAt;
	}

}
