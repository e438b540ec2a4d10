package org.tandem.directory.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.SealedText;

/** Someone trusted saying they know the provider's work, and how ("worked together on…"), sealed. */
@Table("provider_vouch")
public class Vouch {

	public static final int MAX_RELATIONSHIP = 2000;

	@Id
	private final UUID id;

	@DataOwner
	private final UUID providerId;

	private final UUID voucherId;

	private final VoucherRole voucherRole;

	private final SealedText relationship;

	private final Instant vouchedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Vouch(UUID id, UUID providerId, UUID voucherId, VoucherRole voucherRole, SealedText relationship,
			Instant vouchedAt, @Nullable Long version) {
		this.id = id;
		this.providerId = providerId;
		this.voucherId = voucherId;
		this.voucherRole = voucherRole;
		this.relationship = relationship;
		this.vouchedAt = vouchedAt;
		this.version = version;
	}

	static Vouch of(UUID providerId, UUID voucherId, VoucherRole role, String relationship, Instant now) {
		return new Vouch(UUID.randomUUID(), providerId, voucherId, role, SealedText.of(relationship), now, null);
	}

	public UUID providerId() {
		return providerId;
	}

	public UUID voucherId() {
		return voucherId;
	}

	public VoucherRole voucherRole() {
		return voucherRole;
	}

	public String relationship() {
		return relationship.isDestroyed() ? "" : relationship.reveal();
	}

	public Instant vouchedAt() {
		return vouchedAt;
	}

}
