package org.tandem.organization.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.SealedText;

/**
 * A document kept about an organization (an assessment, a letter, a screenshot). The file is encrypted under the
 * organization's file key; its name, which can say a lot, is sealed under its identifying key.
 */
@Table("organization_document")
public class Document {

	@Id
	private final UUID id;

	@DataOwner
	private final UUID organizationId;

	private final UUID fileId;

	private final SealedText name;

	private final String contentType;

	private final long sizeBytes;

	private final Instant uploadedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Document(UUID id, UUID organizationId, UUID fileId, SealedText name, String contentType, long sizeBytes,
			Instant uploadedAt, @Nullable Long version) {
		this.id = id;
		this.organizationId = organizationId;
		this.fileId = fileId;
		this.name = name;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.uploadedAt = uploadedAt;
		this.version = version;
	}

	static Document create(UUID organizationId, UUID fileId, String name, String contentType, long size, Instant now) {
		return new Document(UUID.randomUUID(), organizationId, fileId, SealedText.of(name), contentType, size, now, null);
	}

	public UUID id() {
		return id;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public UUID fileId() {
		return fileId;
	}

	public String name() {
		return name.isDestroyed() ? "" : name.reveal();
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

}
