package org.tandem.audit.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.audit.persistence.AuditEvidenceRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.files.CleanUpload;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.privacy.files.StoredFile;
import org.tandem.privacy.files.UploadInspector;

/**
 * Evidence recorded for an audit's activity, kept as an engagement's files are: checked and cleaned by the privacy
 * module's upload inspector (size limit, type from the bytes against an allowlist, metadata stripped) and encrypted
 * under the organization's case key, so its purge destroys them. The auditor's side adds and removes evidence (only
 * the person who added a file removes it); everyone who sees the audit downloads it. At most {@value #LIMIT} files per
 * activity.
 */
@Service
public class AuditEvidenceFiles {

	public static final int LIMIT = 20;

	private final AuditService audits;

	private final AuditPlans plans;

	private final AuditEvidenceRepository records;

	private final EncryptedFileStore files;

	private final UploadInspector uploads;

	private final Clock clock;

	AuditEvidenceFiles(AuditService audits, AuditPlans plans, AuditEvidenceRepository records,
			EncryptedFileStore files, UploadInspector uploads, Clock clock) {
		this.audits = audits;
		this.plans = plans;
		this.records = records;
		this.files = files;
		this.uploads = uploads;
		this.clock = clock;
	}

	/** The activity's evidence, newest first, for anyone who sees the audit. */
	@Transactional(readOnly = true)
	public List<AuditEvidence> of(UUID auditId, UUID accountId, UUID plannedId) {
		audits.get(auditId, accountId);
		AuditActivity activity = plans.find(auditId, plannedId);
		return records.ofActivity(activity.id(), LIMIT);
	}

	/**
	 * Every evidence file of the audit, over all its activities, newest first, for anyone who sees the audit (a plan
	 * holds at most {@link AuditPlans#ACTIVITY_LIMIT} activities of {@link #LIMIT} files each).
	 */
	@Transactional(readOnly = true)
	public List<AuditEvidence> ofAudit(UUID auditId, UUID accountId) {
		audits.get(auditId, accountId);
		return records.ofAudit(auditId, AuditPlans.ACTIVITY_LIMIT * LIMIT);
	}

	/**
	 * Checks, cleans and stores a file encrypted under the organization's key; if the transaction does not commit, the
	 * stored file is deleted again. Throws {@link org.tandem.privacy.files.UploadRejectedException} when refused.
	 */
	@Transactional
	public AuditEvidence add(UUID auditId, UUID accountId, UUID plannedId, String fileName, InputStream content) {
		audits.forChange(auditId, accountId);
		AuditActivity activity = plans.find(auditId, plannedId);
		if (records.countOf(activity.id()) >= LIMIT) {
			throw new InvalidInput("file", "audit.plan.evidence.tooMany");
		}
		CleanUpload clean = uploads.inspect(fileName, content);
		UUID owner = activity.organizationId();
		StoredFile stored = files.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(clean.content()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(owner, stored.id());
				}
			}
		});
		audits.touched(auditId);
		return records.save(AuditEvidence.of(activity, stored.id(), clean.safeFileName(), clean.detectedType(),
				clean.size(), accountId, clock.instant()));
	}

	/** One file of the activity, found only through the audit and the activity. */
	@Transactional(readOnly = true)
	public AuditEvidence get(UUID auditId, UUID accountId, UUID plannedId, UUID evidenceId) {
		audits.get(auditId, accountId);
		return records.findById(evidenceId)
			.filter(e -> e.auditId().equals(auditId) && e.auditActivityId().equals(plannedId))
			.orElseThrow(NotFoundException::new);
	}

	/** The decrypted content of a file the account may read; "not found" if its bytes are gone. */
	public InputStream content(AuditEvidence evidence) {
		return files.open(evidence.organizationId(), evidence.fileId(), KeyPurpose.CASE)
			.orElseThrow(NotFoundException::new);
	}

	@Transactional
	public void remove(UUID auditId, UUID accountId, UUID plannedId, UUID evidenceId) {
		audits.forChange(auditId, accountId);
		AuditEvidence evidence = get(auditId, accountId, plannedId, evidenceId);
		if (!evidence.uploadedBy().equals(accountId)) {
			throw new InvalidInput("file", "audit.plan.evidence.notYours");
		}
		records.delete(evidence);
		audits.touched(auditId);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.delete(evidence.organizationId(), evidence.fileId());
			}
		});
	}

}
