package org.tandem.engagement.domain;

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
 * An engagement's plan as a whole: its revision, raised by every change of its content (items added, changed or
 * removed, the means restated), the means the organization says it has, and the revision the organization approved
 * with a sealed snapshot of the items it approved. Its items are aggregates of their own ({@link PlanItem}).
 */
@Table("engagement_plan")
public class Plan {

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	private long revision;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText means;

	private @Nullable Long approvedRevision;

	private @Nullable Instant approvedAt;

	private @Nullable UUID approvedBy;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText approvedSnapshot;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Plan(UUID id, UUID engagementId, UUID organizationId, long revision, @Nullable SealedText means,
			@Nullable Long approvedRevision, @Nullable Instant approvedAt, @Nullable UUID approvedBy,
			@Nullable SealedText approvedSnapshot, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.revision = revision;
		this.means = means;
		this.approvedRevision = approvedRevision;
		this.approvedAt = approvedAt;
		this.approvedBy = approvedBy;
		this.approvedSnapshot = approvedSnapshot;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** An engagement's plan before anything was written in it: revision 0, nothing stated, nothing approved. */
	static Plan empty(Engagement engagement, Instant now) {
		return new Plan(UUID.randomUUID(), engagement.id(), engagement.organizationId(), 0, null, null, null, null,
				null, now, null);
	}

	/** Its content changed: the next revision, which the organization has not approved. */
	void revise(Instant now) {
		revision++;
		updatedAt = now;
	}

	/** The organization states its means; the same means again change nothing. */
	boolean state(Means stated, Instant now) {
		stated.check();
		if (stated.equals(means())) {
			return false;
		}
		means = SealedText.of(stated.encode());
		revise(now);
		return true;
	}

	/** Approves the revision the page showed; refused when the plan changed since (a stale page). */
	void approve(long seenRevision, UUID accountId, String snapshot, Instant now) {
		if (seenRevision != revision) {
			throw new InvalidInput("revision", "engagement.plan.stale");
		}
		approvedRevision = revision;
		approvedAt = now;
		approvedBy = accountId;
		approvedSnapshot = SealedText.of(snapshot);
		updatedAt = now;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public long revision() {
		return revision;
	}

	public Means means() {
		return Means.decode(SealedText.readable(means));
	}

	public @Nullable Long approvedRevision() {
		return approvedRevision;
	}

	public @Nullable Instant approvedAt() {
		return approvedAt;
	}

	public @Nullable UUID approvedBy() {
		return approvedBy;
	}

	@Nullable String approvedSnapshot() {
		return SealedText.readable(approvedSnapshot);
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	boolean isNew() {
		return version == null;
	}

}
