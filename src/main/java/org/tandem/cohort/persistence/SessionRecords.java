package org.tandem.cohort.persistence;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.domain.CohortRecords;
import org.tandem.privacy.files.EncryptedFileStore;

/** The sessions' part of a cohort's records: sessions, attendance and materials (their encrypted files too). */
@Component
class SessionRecords implements CohortRecords {

	private static final Logger log = LoggerFactory.getLogger(SessionRecords.class);

	private final SessionRows sessions;

	private final AttendanceRows attendance;

	private final MaterialRows materials;

	private final EncryptedFileStore files;

	SessionRecords(SessionRows sessions, AttendanceRows attendance, MaterialRows materials, EncryptedFileStore files) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.materials = materials;
		this.files = files;
	}

	@Override
	@Transactional
	public void forget(UUID cohortId) {
		materials.filesOfCohort(cohortId).forEach(file -> files.delete(cohortId, file));
		int m = materials.deleteOfCohort(cohortId);
		int a = attendance.deleteOfCohort(cohortId);
		int s = sessions.deleteOfCohort(cohortId);
		log.info("cohort {}: {} sessions, {} attendances, {} materials forgotten", cohortId, s, a, m);
	}

}
