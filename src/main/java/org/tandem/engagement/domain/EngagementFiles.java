package org.tandem.engagement.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.engagement.Phase;
import org.tandem.engagement.persistence.EngagementFileRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.files.CleanUpload;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.privacy.files.StoredFile;
import org.tandem.privacy.files.UploadInspector;

/**
 * Files shared in an engagement, kept as the organization's documents are: checked and cleaned by the privacy
 * module's upload inspector (size limit, type from the bytes against an allowlist, metadata stripped), encrypted under
 * the organization's key, so its purge destroys them. Every participant uploads and downloads; only the person who
 * uploaded a file removes it. At most {@value #LIMIT} per engagement.
 */
@Service
public class EngagementFiles {

	public static final int LIMIT = 100;

	private final EngagementService engagements;

	private final EngagementFileRepository records;

	private final EncryptedFileStore files;

	private final UploadInspector uploads;

	private final Clock clock;

	EngagementFiles(EngagementService engagements, EngagementFileRepository records, EncryptedFileStore files,
			UploadInspector uploads, Clock clock) {
		this.engagements = engagements;
		this.records = records;
		this.files = files;
		this.uploads = uploads;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<EngagementFile> of(UUID engagementId, UUID accountId) {
		engagements.get(engagementId, accountId);
		return records.newest(engagementId, LIMIT);
	}

	/**
	 * Checks, cleans and stores a file encrypted under the organization's key; if the transaction does not commit, the
	 * stored file is deleted again. Throws {@link org.tandem.privacy.files.UploadRejectedException} when refused.
	 */
	@Transactional
	public EngagementFile add(UUID engagementId, UUID accountId, String fileName, InputStream content) {
		engagements.touched(engagementId);
		Engagement engagement = engagements.get(engagementId, accountId);
		if (engagement.phase() == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
		if (records.countOf(engagementId) >= LIMIT) {
			throw new InvalidInput("file", "engagement.files.tooMany");
		}
		CleanUpload clean = uploads.inspect(fileName, content);
		UUID owner = engagement.organizationId();
		StoredFile stored = files.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(clean.content()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(owner, stored.id());
				}
			}
		});
		return records.save(EngagementFile.of(engagement, stored.id(), clean.safeFileName(), clean.detectedType(),
				clean.size(), accountId, clock.instant()));
	}

	/** One file of the engagement, found only through it. */
	@Transactional(readOnly = true)
	public EngagementFile get(UUID engagementId, UUID accountId, UUID fileId) {
		engagements.get(engagementId, accountId);
		return records.findById(fileId)
			.filter(f -> f.engagementId().equals(engagementId))
			.orElseThrow(NotFoundException::new);
	}

	/** The decrypted content of a file the account may read; "not found" if its bytes are gone. */
	public InputStream content(UUID engagementId, UUID accountId, UUID fileId) {
		EngagementFile file = get(engagementId, accountId, fileId);
		return files.open(file.organizationId(), file.fileId(), KeyPurpose.CASE).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public void remove(UUID engagementId, UUID accountId, UUID fileId) {
		engagements.touched(engagementId);
		Engagement engagement = engagements.get(engagementId, accountId);
		if (engagement.phase() == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
		EngagementFile file = get(engagementId, accountId, fileId);
		if (!file.uploadedBy().equals(accountId)) {
			throw new InvalidInput("file", "engagement.file.notYours");
		}
		records.delete(file);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.delete(file.organizationId(), file.fileId());
			}
		});
	}

}
