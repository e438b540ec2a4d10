package org.tandem.cohort.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortSessions;
import org.tandem.cohort.persistence.AttendanceRows;
import org.tandem.cohort.persistence.SessionRows;

/** {@link CohortSessions} from the sessions' tables. */
@Component
class CohortSessionsDoor implements CohortSessions {

	private final SessionService service;

	private final SessionRows sessions;

	private final AttendanceRows attendance;

	private final Clock clock;

	CohortSessionsDoor(SessionService service, SessionRows sessions, AttendanceRows attendance, Clock clock) {
		this.service = service;
		this.sessions = sessions;
		this.attendance = attendance;
		this.clock = clock;
	}

	@Override
	// not in one transaction: an unknown cohort's "not found" would mark it for rollback
	public List<Attendance> attendance(UUID cohortId) {
		try {
			return service.rule(cohortId);
		}
		catch (org.tandem.platform.NotFoundException unknown) {
			return List.of();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public boolean kickOffHeld(UUID cohortId) {
		return sessions.ofCohort(cohortId)
			.stream()
			.filter(s -> s.kind() == SessionKind.KICK_OFF && !s.cancelled() && !s.startsAt().isAfter(clock.instant()))
			.anyMatch(s -> !attendance.ofSession(s.id()).isEmpty());
	}

}
