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

/** One line of a provider's vetting ledger: written once, never changed. A staff note is sealed. */
@Table("provider_ledger")
public class LedgerEntry {

	@Id
	private final UUID id;

	@DataOwner
	private final UUID providerId;

	private final LedgerKind kind;

	private final @Nullable String detail;

	private final @Nullable SealedText note;

	private final @Nullable UUID actorId;

	private final Instant recordedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	LedgerEntry(UUID id, UUID providerId, LedgerKind kind, @Nullable String detail, @Nullable SealedText note,
			@Nullable UUID actorId, Instant recordedAt, @Nullable Long version) {
		this.id = id;
		this.providerId = providerId;
		this.kind = kind;
		this.detail = detail;
		this.note = note;
		this.actorId = actorId;
		this.recordedAt = recordedAt;
		this.version = version;
	}

	static LedgerEntry of(UUID providerId, LedgerKind kind, @Nullable String detail, @Nullable String note,
			@Nullable UUID actorId, Instant now) {
		return new LedgerEntry(UUID.randomUUID(), providerId, kind, detail, note == null ? null : SealedText.of(note),
				actorId, now, null);
	}

	public UUID id() {
		return id;
	}

	public UUID providerId() {
		return providerId;
	}

	public LedgerKind kind() {
		return kind;
	}

	public @Nullable String detail() {
		return detail;
	}

	/** The detail as a time, for the entries whose detail is one (vetted, renewed, renewal notice); else null. */
	public @Nullable Instant detailInstant() {
		try {
			return detail == null ? null : Instant.parse(detail);
		}
		catch (java.time.format.DateTimeParseException notATime) {
			return null;
		}
	}

	/** The note's text, empty if there is none or its keys are gone. */
	public String note() {
		return note == null || note.isDestroyed() ? "" : note.reveal();
	}

	public @Nullable UUID actorId() {
		return actorId;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

}
