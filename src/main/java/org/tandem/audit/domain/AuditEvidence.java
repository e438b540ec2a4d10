package org.tandem.audit.domain;

import java.time.Instant;
import java.util.Objects;
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
 * A file recorded as evidence for one activity of an audit. Its bytes are kept by the privacy module's file store,
 * encrypted under the organization's keys; its name is sealed here; type and size are in the clear for the list and
 * the download.
 */
@Table("audit_evidence")
public class AuditEvidence {

	@Id
	private final UUID id;

	private final UUID auditId;

	private final UUID auditActivityId;

	@DataOwner
	private final UUID organizationId;

	private final UUID fileId;

	@Sealed(KeyPurpose.CASE)
	private final SealedText name;

	private final String contentType;

	private final long sizeBytes;

	private final UUID uploadedBy;

	private final Instant uploadedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	AuditEvidence(UUID id, UUID auditId, UUID auditActivityId, UUID organizationId, UUID fileId, SealedText name,
			String contentType, long sizeBytes, UUID uploadedBy, Instant uploadedAt, @Nullable Long version) {
		this.id = id;
		this.auditId = auditId;
		this.auditActivityId = auditActivityId;
		this.organizationId = organizationId;
		this.fileId = fileId;
		this.name = name;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.version = version;
	}

	static AuditEvidence of(AuditActivity activity, UUID fileId, String name, String contentType, long size,
			UUID uploadedBy, Instant now) {
		return new AuditEvidence(UUID.randomUUID(), activity.auditId(), activity.id(), activity.organizationId(), fileId,
				SealedText.of(name), contentType, size, uploadedBy, now, null);
	}

	public UUID id() {
		return id;
	}

	public UUID auditId() {
		return auditId;
	}

	public UUID auditActivityId() {
		return auditActivityId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public UUID fileId() {
		return fileId;
	}

	public String name() {
		return Objects.requireNonNullElse(SealedText.readable(name), "");
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public UUID uploadedBy() {
		return uploadedBy;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

}
