package org.tandem.evaluation.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.evaluation.NoteTag;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/** A note of a plan: unexpected impact or a barrier; its tag in the clear (to count), its text sealed. */
@Table("evaluation_note")
public class PlanNote {

	public static final int BODY_LIMIT = 2_000;

	@Id
	private final UUID id;

	private final UUID planId;

	@DataOwner
	private final UUID organizationId;

	private final NoteTag tag;

	@Sealed(KeyPurpose.CASE)
	private final SealedText body;

	private final UUID writtenBy;

	private final Instant writtenAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	PlanNote(UUID id, UUID planId, UUID organizationId, NoteTag tag, SealedText body, UUID writtenBy,
			Instant writtenAt, @Nullable Long version) {
		this.id = id;
		this.planId = planId;
		this.organizationId = organizationId;
		this.tag = tag;
		this.body = body;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
		this.version = version;
	}

	static PlanNote write(EvaluationPlan plan, @Nullable NoteTag tag, @Nullable String body, UUID by, Instant now) {
		if (tag == null) {
			throw new InvalidInput("tag", "evaluation.note.tag.required");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidInput("body", "evaluation.note.body.required");
		}
		if (text.length() > BODY_LIMIT) {
			throw new InvalidInput("body", "evaluation.note.body.tooLong");
		}
		return new PlanNote(UUID.randomUUID(), plan.id(), plan.organizationId(), tag, SealedText.of(text), by, now, null);
	}

	public UUID id() {
		return id;
	}

	public NoteTag tag() {
		return tag;
	}

	public String body() {
		return body.reveal();
	}

	public UUID writtenBy() {
		return writtenBy;
	}

	public Instant writtenAt() {
		return writtenAt;
	}

}
