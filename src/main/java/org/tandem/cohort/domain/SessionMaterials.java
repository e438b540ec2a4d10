package org.tandem.cohort.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.cohort.persistence.MaterialRows;
import org.tandem.cohort.persistence.MaterialRows.Material;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.files.CleanUpload;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.privacy.files.StoredFile;
import org.tandem.privacy.files.UploadInspector;

/**
 * A session's materials, kept as the engagement's files are: checked and cleaned by the privacy module's upload
 * inspector, encrypted with the cohort's id as their owner (the hub's files about the term, destroyed with the
 * cohort's records). Staff add and remove them; participants the session is meant for download them.
 */
@Service
public class SessionMaterials {

	private final SessionService sessions;

	private final MaterialRows materials;

	private final EncryptedFileStore files;

	private final UploadInspector uploads;

	private final Clock clock;

	SessionMaterials(SessionService sessions, MaterialRows materials, EncryptedFileStore files,
			UploadInspector uploads, Clock clock) {
		this.sessions = sessions;
		this.materials = materials;
		this.files = files;
		this.uploads = uploads;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Material> of(UUID cohortId, UUID sessionId) {
		sessions.get(cohortId, sessionId);
		return materials.ofSession(sessionId);
	}

	/** Checks, cleans and stores a file; throws {@link org.tandem.privacy.files.UploadRejectedException} if refused. */
	@Transactional
	public Material add(UUID cohortId, UUID sessionId, UUID actorId, String fileName, InputStream content) {
		sessions.get(cohortId, sessionId);
		if (materials.ofSession(sessionId).size() >= MaterialRows.LIMIT) {
			throw new InvalidInput("file", "cohort.session.materials.tooMany");
		}
		CleanUpload clean = uploads.inspect(fileName, content);
		StoredFile stored = files.store(cohortId, KeyPurpose.CASE, new ByteArrayInputStream(clean.content()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(cohortId, stored.id());
				}
			}
		});
		Material material = new Material(UUID.randomUUID(), sessionId, cohortId, stored.id(), clean.safeFileName(),
				clean.detectedType(), clean.size(), clock.instant());
		materials.insert(material, actorId);
		return material;
	}

	@Transactional
	public void remove(UUID cohortId, UUID sessionId, UUID materialId) {
		Material material = get(cohortId, sessionId, materialId);
		materials.delete(materialId);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.delete(cohortId, material.fileId());
			}
		});
	}

	/** A material of the session, found only through it. */
	@Transactional(readOnly = true)
	public Material get(UUID cohortId, UUID sessionId, UUID materialId) {
		sessions.get(cohortId, sessionId);
		return materials.find(sessionId, materialId).orElseThrow(NotFoundException::new);
	}

	/** The decrypted bytes; not found when they are gone. */
	public InputStream content(Material material) {
		return files.open(material.cohortId(), material.fileId(), KeyPurpose.CASE).orElseThrow(NotFoundException::new);
	}

}
