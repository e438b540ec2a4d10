package org.tandem.cohort.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.cohort.CohortAgreements;
import org.tandem.cohort.CohortSessions.Attendance;
import org.tandem.cohort.Side;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.SessionMaterials;
import org.tandem.cohort.domain.SessionService;
import org.tandem.platform.Markdown;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A session as its participants read it: when (in the reader's own time zone, named, and in the session's), the
 * online link or the place, the agenda and the materials. Only those the session is meant for, in a cohort they take
 * part in and whose agreements they signed, reach it; anyone else is told it does not exist. The cohort's space lists
 * the sessions through {@link #space}.
 */
@Controller("cohortSessionPages")
class SessionController {

	private final SessionService sessions;

	private final SessionMaterials materials;

	private final CohortService cohorts;

	private final CohortAgreements agreements;

	private final Markdown markdown;

	SessionController(SessionService sessions, SessionMaterials materials, CohortService cohorts,
			CohortAgreements agreements, Markdown markdown) {
		this.sessions = sessions;
		this.materials = materials;
		this.cohorts = cohorts;
		this.agreements = agreements;
		this.markdown = markdown;
	}

	@GetMapping("/cohorts/{id}/sessions/{sessionId}")
	String show(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID sessionId, Model model) {
		CohortSession session = readable(id, sessionId, principal.accountId());
		model.addAttribute("cohort", cohorts.get(id));
		model.addAttribute("cohortSession", session);
		model.addAttribute("agendaHtml", markdown.html(session.agenda()));
		model.addAttribute("materials", materials.of(id, sessionId));
		return "cohort/session";
	}

	@GetMapping("/cohorts/{id}/sessions/{sessionId}/materials/{materialId}")
	void download(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID sessionId,
			@PathVariable UUID materialId, HttpServletResponse response) throws IOException {
		readable(id, sessionId, principal.accountId());
		SessionStaffController.send(materials, materials.get(id, sessionId, materialId), response);
	}

	/** For the cohort's space: the sessions meant for the reader's side, and its own attendance. */
	public Space space(UUID cohortId, Side side) {
		List<CohortSession> shown = sessions.ofCohort(cohortId).stream().filter(s -> s.meantFor(side)).toList();
		return new Space(shown, sessions.own(cohortId, side));
	}

	private CohortSession readable(UUID cohortId, UUID sessionId, UUID accountId) {
		CohortSession session = sessions.read(cohortId, sessionId, accountId);
		if (!agreements.signed(cohorts.participation(cohortId, accountId).side())) {
			// nobody enters the cohort's space before signing the hub's agreements
			throw new NotFoundException();
		}
		return session;
	}

	/** The sessions a participant sees in the cohort's space, and what it attended (null for coordinators). */
	public record Space(List<CohortSession> sessions, @Nullable Attendance own) {
	}

}
