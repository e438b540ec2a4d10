package org.tandem.audit.report;

import java.time.Instant;
import java.util.Locale;
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
 * One issued version of an audit's summary or full report, as it was issued and never changed: its number (1, 2, … per
 * audit and kind), its language, who issued it and when, the report's HTML sealed under the organization's case key,
 * and the PDF kept by the privacy module's file store, encrypted under the same organization's key.
 */
@Table("audit_report")
public class AuditReport {

	@Id
	private final UUID id;

	private final UUID auditId;

	@DataOwner
	private final UUID organizationId;

	private final ReportKind kind;

	private final int number;

	private final String language;

	private final UUID issuedBy;

	private final Instant issuedAt;

	@Sealed(KeyPurpose.CASE)
	private final SealedText html;

	private final UUID pdfFileId;

	private final long pdfSize;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	AuditReport(UUID id, UUID auditId, UUID organizationId, ReportKind kind, int number, String language,
			UUID issuedBy, Instant issuedAt, SealedText html, UUID pdfFileId, long pdfSize, @Nullable Long version) {
		this.id = id;
		this.auditId = auditId;
		this.organizationId = organizationId;
		this.kind = kind;
		this.number = number;
		this.language = language;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.html = html;
		this.pdfFileId = pdfFileId;
		this.pdfSize = pdfSize;
		this.version = version;
	}

	static AuditReport issued(UUID id, UUID auditId, UUID organizationId, ReportKind kind, int number, Locale language,
			UUID issuedBy, Instant issuedAt, String html, UUID pdfFileId, long pdfSize) {
		return new AuditReport(id, auditId, organizationId, kind, number, language.toLanguageTag(), issuedBy, issuedAt,
				SealedText.of(html), pdfFileId, pdfSize, null);
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

	public ReportKind kind() {
		return kind;
	}

	public int number() {
		return number;
	}

	public Locale locale() {
		return Locale.forLanguageTag(language);
	}

	public String language() {
		return language;
	}

	public UUID issuedBy() {
		return issuedBy;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	/** The report's body as issued (safe HTML: everything typed was escaped when it was laid out). */
	public String html() {
		return Objects.requireNonNullElse(SealedText.readable(html), "");
	}

	public UUID pdfFileId() {
		return pdfFileId;
	}

	public long pdfSize() {
		return pdfSize;
	}

	@Override
	public String toString() {
		return "AuditReport[" + id + ", " + kind + " " + number + "]";
	}

}
