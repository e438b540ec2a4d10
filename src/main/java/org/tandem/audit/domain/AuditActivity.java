package org.tandem.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.audit.ActivityStatus;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One catalog activity an auditor picked for an audit: its place in the plan, the day it is planned for, where it
 * stands, and what the auditor noted (Markdown) and why it was skipped, both sealed under the organization's case key.
 * It guards its own state: a skip always has a reason, notes and reasons are bounded.
 */
@Table("audit_activity")
public class AuditActivity {

	public static final int NOTES_LIMIT = 20_000;

	public static final int REASON_LIMIT = 2_000;

	@Id
	private final UUID id;

	private final UUID auditId;

	@DataOwner
	private final UUID organizationId;

	private final UUID activityId;

	private int position;

	private @Nullable LocalDate plannedOn;

	private ActivityStatus status;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText notes;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText skipReason;

	private @Nullable Instant doneAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	AuditActivity(UUID id, UUID auditId, UUID organizationId, UUID activityId, int position,
			@Nullable LocalDate plannedOn, ActivityStatus status, @Nullable SealedText notes,
			@Nullable SealedText skipReason, @Nullable Instant doneAt, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.auditId = auditId;
		this.organizationId = organizationId;
		this.activityId = activityId;
		this.position = position;
		this.plannedOn = plannedOn;
		this.status = status;
		this.notes = notes;
		this.skipReason = skipReason;
		this.doneAt = doneAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static AuditActivity picked(Audit audit, UUID activityId, int position, Instant now) {
		return new AuditActivity(UUID.randomUUID(), audit.id(), audit.organizationId(), activityId, position, null,
				ActivityStatus.PLANNED, null, null, null, now, now, null);
	}

	void placeAt(int newPosition, Instant now) {
		position = newPosition;
		updatedAt = now;
	}

	void planOn(@Nullable LocalDate day, Instant now) {
		plannedOn = day;
		updatedAt = now;
	}

	void writeNotes(@Nullable String text, Instant now) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() > NOTES_LIMIT) {
			throw new InvalidInput("notes", "audit.plan.notes.tooLong");
		}
		if (stripped.isEmpty()) {
			notes = null;
		}
		else if (!stripped.equals(notes())) {
			notes = SealedText.of(stripped);
		}
		updatedAt = now;
	}

	/** Marks where the activity stands; skipping needs a reason, which other moves clear. */
	void mark(ActivityStatus to, @Nullable String reason, Instant now) {
		String stripped = reason == null ? "" : reason.strip();
		if (to == ActivityStatus.SKIPPED) {
			if (stripped.isEmpty()) {
				throw new InvalidInput("reason", "audit.plan.skip.reasonRequired");
			}
			if (stripped.length() > REASON_LIMIT) {
				throw new InvalidInput("reason", "audit.plan.skip.reasonTooLong");
			}
			if (!stripped.equals(skipReason())) {
				skipReason = SealedText.of(stripped);
			}
		}
		else {
			skipReason = null;
		}
		doneAt = to == ActivityStatus.DONE ? (status == ActivityStatus.DONE && doneAt != null ? doneAt : now) : null;
		status = to;
		updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID auditId() {
		return auditId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	/** The catalog activity's id. */
	public UUID activityId() {
		return activityId;
	}

	public int position() {
		return position;
	}

	public @Nullable LocalDate plannedOn() {
		return plannedOn;
	}

	public ActivityStatus status() {
		return status;
	}

	public @Nullable String notes() {
		return SealedText.readable(notes);
	}

	public @Nullable String skipReason() {
		return SealedText.readable(skipReason);
	}

	public @Nullable Instant doneAt() {
		return doneAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
