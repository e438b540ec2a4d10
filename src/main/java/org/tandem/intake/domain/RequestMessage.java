package org.tandem.intake.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * A message between the requester and the hub, or an internal staff note, sealed under the request's case key.
 * Notes are never shown on the status page.
 */
@Table("help_request_message")
public class RequestMessage {

	/** Who wrote it, and who may read it. */
	public enum Kind {
		FROM_REQUESTER, FROM_STAFF, NOTE
	}

	@Id
	private final UUID id;

	@DataOwner
	private final UUID requestId;

	private final Kind kind;

	private final @Nullable UUID authorId;

	@Sealed(KeyPurpose.CASE)
	private final SealedText body;

	private final Instant sentAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	RequestMessage(UUID id, UUID requestId, Kind kind, @Nullable UUID authorId, SealedText body, Instant sentAt,
			@Nullable Long version) {
		this.id = id;
		this.requestId = requestId;
		this.kind = kind;
		this.authorId = authorId;
		this.body = body;
		this.sentAt = sentAt;
		this.version = version;
	}

	static RequestMessage write(UUID requestId, Kind kind, @Nullable UUID authorId, String body, Instant now) {
		return new RequestMessage(UUID.randomUUID(), requestId, kind, authorId, SealedText.of(body), now, null);
	}

	public UUID id() {
		return id;
	}

	public UUID requestId() {
		return requestId;
	}

	public Kind kind() {
		return kind;
	}

	public boolean fromRequester() {
		return kind == Kind.FROM_REQUESTER;
	}

	/** The staff member who wrote it; null for the requester. */
	public @Nullable UUID authorId() {
		return authorId;
	}

	public String body() {
		return body.isDestroyed() ? "" : body.reveal();
	}

	public Instant sentAt() {
		return sentAt;
	}

}
