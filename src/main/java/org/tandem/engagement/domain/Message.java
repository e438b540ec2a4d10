package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.Objects;
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

/** One message of the engagement's thread: plain text with its line breaks, who sent it and when. Never changed. */
@Table("engagement_message")
public class Message {

	public static final int LIMIT = 4_000;

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	private final UUID authorId;

	@Sealed(KeyPurpose.CASE)
	private final SealedText body;

	private final Instant sentAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Message(UUID id, UUID engagementId, UUID organizationId, UUID authorId, SealedText body, Instant sentAt,
			@Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.authorId = authorId;
		this.body = body;
		this.sentAt = sentAt;
		this.version = version;
	}

	static Message send(Engagement engagement, UUID authorId, String text, Instant now) {
		String body = text.strip();
		if (body.isEmpty()) {
			throw new InvalidInput("body", "engagement.message.missing");
		}
		if (body.length() > LIMIT) {
			throw new InvalidInput("body", "engagement.message.tooLong");
		}
		return new Message(UUID.randomUUID(), engagement.id(), engagement.organizationId(), authorId,
				SealedText.of(body), now, null);
	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public UUID authorId() {
		return authorId;
	}

	public String body() {
		return Objects.requireNonNullElse(SealedText.readable(body), "");
	}

	public Instant sentAt() {
		return sentAt;
	}

}
