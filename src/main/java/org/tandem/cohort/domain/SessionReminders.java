package org.tandem.cohort.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.persistence.SessionRows;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds the participants of each session about a day before it starts, once: the session is marked reminded in the
 * same transaction as the mail is queued, so a second run (or another instance) finds nothing to do.
 */
@Component
public class SessionReminders {

	private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

	private final SessionRows sessions;

	private final CohortService cohorts;

	private final SessionMail mail;

	private final Clock clock;

	SessionReminders(SessionRows sessions, CohortService cohorts, SessionMail mail, Clock clock) {
		this.sessions = sessions;
		this.cohorts = cohorts;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tandem.cohort.reminder-interval:15m}",
			initialDelayString = "${tandem.cohort.reminder-initial-delay:2m}")
	@SchedulerLock(name = "cohort-session-reminders", lockAtMostFor = "10m")
	@Transactional
	public void run() {
		Instant now = clock.instant();
		List<org.tandem.cohort.domain.CohortSession> due = sessions.toRemind(now, now.plus(SessionService.REMINDER_AHEAD),
				100);
		int sent = 0;
		for (CohortSession session : due) {
			if (sessions.markReminded(session.id(), now)) {
				mail.invite(cohorts.get(session.cohortId()), session, SessionMail.Occasion.REMINDER);
				sent++;
			}
		}
		if (sent > 0) {
			log.info("{} session reminders queued", sent);
		}
	}

}
