package org.tandem.cohort.persistence;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.cohort.domain.CohortRecords;
import org.tandem.cohort.domain.PairAgreement;
import org.tandem.privacy.files.EncryptedFileStore;

/**
 * The cohort's space, forgotten when a closed cohort's retention period ends: its announcements, digest choices and
 * shared resources (the files' bytes, under the cohort's id, deleted once the rows are gone), and the pairs' own
 * agreements (the organizations' files deleted likewise).
 */
@Component
class SpaceRecords implements CohortRecords {

	private final SpaceRows space;

	private final PairAgreementRows pairs;

	private final EncryptedFileStore files;

	SpaceRecords(SpaceRows space, PairAgreementRows pairs, EncryptedFileStore files) {
		this.space = space;
		this.pairs = pairs;
		this.files = files;
	}

	@Override
	@Transactional
	public void forget(UUID cohortId) {
		var resourceFiles = space.forget(cohortId);
		var agreements = pairs.deleteOfCohort(cohortId);
		afterCommit(() -> {
			resourceFiles.forEach(file -> files.delete(cohortId, file));
			files.deleteAll(cohortId);
			for (PairAgreement agreement : agreements) {
				files.delete(agreement.organizationId(), agreement.fileId());
			}
		});
	}

	static void afterCommit(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

}
