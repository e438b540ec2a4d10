package org.tandem.cohort.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortSessions.Attendance;
import org.tandem.cohort.Side;
import org.tandem.cohort.persistence.AttendanceRows;
import org.tandem.cohort.persistence.SessionRows;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * A cohort's sessions: staff plan, change and cancel them (each change names the version the page showed, or is
 * refused as stale with nothing written) and take attendance; every change is mailed to the participants it is meant
 * for, with the invitation as an iCalendar attachment. Participants read the sessions meant for their side of the
 * cohorts they take part in; anyone else is told a session does not exist.
 */
@Service
public class SessionService {

	/** A session starting sooner than this after it is planned gets no separate reminder: the invitation is one. */
	static final Duration REMINDER_AHEAD = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(SessionService.class);

	private final SessionRows sessions;

	private final AttendanceRows attendance;

	private final CohortService cohorts;

	private final SessionMail mail;

	private final org.tandem.organization.Organizations organizations;

	private final Clock clock;

	SessionService(SessionRows sessions, AttendanceRows attendance, CohortService cohorts, SessionMail mail,
			org.tandem.organization.Organizations organizations, Clock clock) {
		this.organizations = organizations;
		this.sessions = sessions;
		this.attendance = attendance;
		this.cohorts = cohorts;
		this.mail = mail;
		this.clock = clock;
	}

	// --- staff ------------------------------------------------------------------------------------------------------

	/** Every session of the cohort, in order of time (not found for an unknown cohort). */
	@Transactional(readOnly = true)
	public List<CohortSession> ofCohort(UUID cohortId) {
		cohorts.get(cohortId);
		return sessions.ofCohort(cohortId);
	}

	/** One session of the cohort; not found when it belongs to another. */
	@Transactional(readOnly = true)
	public CohortSession get(UUID cohortId, UUID sessionId) {
		return sessions.find(sessionId).filter(s -> s.cohortId().equals(cohortId)).orElseThrow(NotFoundException::new);
	}

	/** Plans a session and invites the participants it is meant for. */
	@Transactional
	public CohortSession create(UUID cohortId, SessionDetails details, UUID actorId) {
		Cohort cohort = cohorts.get(cohortId);
		if (cohort.status() == org.tandem.cohort.CohortStatus.CLOSED) {
			throw new InvalidInput("status", "cohort.session.closed");
		}
		if (sessions.ofCohort(cohortId).size() >= SessionRows.LIMIT) {
			throw new InvalidInput("title", "cohort.session.tooMany");
		}
		Instant now = now();
		UUID id = UUID.randomUUID();
		sessions.insert(id, cohortId, details, remindedAt(details.startsAt(), now), now);
		CohortSession session = sessions.find(id).orElseThrow();
		mail.invite(cohort, session, SessionMail.Occasion.INVITATION);
		log.info("cohort {} session {} planned by {}", cohortId, id, actorId);
		return session;
	}

	/** Changes a session over the version the page showed and mails the update. */
	@Transactional
	public CohortSession change(UUID cohortId, UUID sessionId, long seenVersion, SessionDetails details,
			UUID actorId) {
		CohortSession before = get(cohortId, sessionId);
		if (before.cancelled()) {
			throw new InvalidInput("version", "cohort.session.alreadyCancelled");
		}
		if (before.version() != seenVersion) {
			throw new InvalidInput("version", "cohort.stale");
		}
		Instant now = now();
		// a session moved gets its reminder again, unless it is soon: the update is one
		Instant reminded = before.startsAt().equals(details.startsAt()) ? before.remindedAt()
				: remindedAt(details.startsAt(), now);
		if (!sessions.update(sessionId, seenVersion, details, reminded, now)) {
			throw new InvalidInput("version", "cohort.stale");
		}
		CohortSession session = sessions.find(sessionId).orElseThrow();
		mail.invite(cohorts.get(cohortId), session, SessionMail.Occasion.UPDATE);
		log.info("cohort {} session {} changed by {}", cohortId, sessionId, actorId);
		return session;
	}

	/** Cancels a session and mails the cancellation (METHOD:CANCEL). */
	@Transactional
	public CohortSession cancel(UUID cohortId, UUID sessionId, long seenVersion, UUID actorId) {
		CohortSession before = get(cohortId, sessionId);
		if (before.cancelled()) {
			throw new InvalidInput("version", "cohort.session.alreadyCancelled");
		}
		if (!sessions.cancel(sessionId, seenVersion, now())) {
			throw new InvalidInput("version", "cohort.stale");
		}
		CohortSession session = sessions.find(sessionId).orElseThrow();
		mail.invite(cohorts.get(cohortId), session, SessionMail.Occasion.CANCELLATION);
		log.info("cohort {} session {} cancelled by {}", cohortId, sessionId, actorId);
		return session;
	}

	/** Who attended the session, as recorded. */
	@Transactional(readOnly = true)
	public List<AttendanceRows.Row> attendance(UUID cohortId, UUID sessionId) {
		get(cohortId, sessionId);
		return attendance.ofSession(sessionId);
	}

	/**
	 * Records who attended, replacing what was recorded: organizations and providers taking part now and meant by the
	 * session; an account named for an organization must be one of its members. The session's version guards against
	 * a stale page; recording attendance does not change it.
	 */
	@Transactional
	public void takeAttendance(UUID cohortId, UUID sessionId, long seenVersion, List<Attended> attended) {
		CohortSession session = get(cohortId, sessionId);
		if (session.version() != seenVersion) {
			throw new InvalidInput("version", "cohort.stale");
		}
		if (session.cancelled()) {
			throw new InvalidInput("version", "cohort.session.alreadyCancelled");
		}
		Cohort cohort = cohorts.get(cohortId);
		Set<UUID> seen = new LinkedHashSet<>();
		List<AttendanceRows.Row> rows = new ArrayList<>();
		Instant now = now();
		for (Attended a : attended) {
			if (a.organizationId() != null) {
				if (!session.audience().organizations() || cohort.presentOrganization(a.organizationId()).isEmpty()) {
					throw new InvalidInput("attendance", "cohort.session.attendance.unknown");
				}
				if (a.accountId() != null && !organizations.members(a.organizationId()).contains(a.accountId())) {
					throw new InvalidInput("attendance", "cohort.session.attendance.unknown");
				}
				if (seen.add(a.organizationId())) {
					rows.add(new AttendanceRows.Row(sessionId, a.organizationId(), null, a.accountId(), now));
				}
			}
			else if (a.providerId() != null) {
				if (!session.audience().providers() || cohort.presentProvider(a.providerId()).isEmpty()) {
					throw new InvalidInput("attendance", "cohort.session.attendance.unknown");
				}
				if (seen.add(a.providerId())) {
					rows.add(new AttendanceRows.Row(sessionId, null, a.providerId(), null, now));
				}
			}
		}
		attendance.replace(sessionId, cohortId, rows, now);
		log.info("cohort {} session {}: attendance taken ({} present)", cohortId, sessionId, rows.size());
	}

	/** Each participant's attendance over the cohort, and the rule. */
	@Transactional(readOnly = true)
	public List<Attendance> rule(UUID cohortId) {
		Cohort cohort = cohorts.get(cohortId);
		return SessionRule.of(cohort.presentOrganizations().stream().map(MemberOrganization::organizationId).toList(),
				cohort.presentProviders().stream().map(MemberProvider::providerId).toList(),
				attendance.ofCohort(cohortId));
	}

	// --- participants -----------------------------------------------------------------------------------------------

	/** The sessions of a cohort the account takes part in, meant for its side (all of them for coordinators). */
	@Transactional(readOnly = true)
	public Visible visible(UUID cohortId, UUID accountId) {
		CohortService.Participation participation = cohorts.participation(cohortId, accountId);
		List<CohortSession> shown = sessions.ofCohort(cohortId)
			.stream()
			.filter(s -> s.meantFor(participation.side()))
			.toList();
		return new Visible(participation, shown);
	}

	/** One session as a participant may read it; not found when it is not meant for the account's side. */
	@Transactional(readOnly = true)
	public CohortSession read(UUID cohortId, UUID sessionId, UUID accountId) {
		CohortService.Participation participation = cohorts.participation(cohortId, accountId);
		CohortSession session = get(cohortId, sessionId);
		if (!session.meantFor(participation.side())) {
			throw new NotFoundException();
		}
		return session;
	}

	/** The participant's own attendance in the cohort (for an organization or a provider; empty for staff). */
	@Transactional(readOnly = true)
	public @Nullable Attendance own(UUID cohortId, Side side) {
		return rule(cohortId).stream()
			.filter(a -> side instanceof Side.Organization o && o.organizationId().equals(a.organizationId())
					|| side instanceof Side.Provider p && p.providerId().equals(a.providerId()))
			.findFirst()
			.orElse(null);
	}

	private @Nullable Instant remindedAt(Instant startsAt, Instant now) {
		return startsAt.isBefore(now.plus(REMINDER_AHEAD)) ? now : null;
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** One participant present: an organization (optionally which of its accounts came) or a provider. */
	public record Attended(@Nullable UUID organizationId, @Nullable UUID providerId, @Nullable UUID accountId) {
	}

	/** What a participant sees of a cohort's sessions. */
	public record Visible(CohortService.Participation participation, List<CohortSession> sessions) {
	}

}
