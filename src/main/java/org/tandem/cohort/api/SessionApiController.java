package org.tandem.cohort.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionDetails;
import org.tandem.cohort.domain.SessionKind;
import org.tandem.cohort.domain.SessionService;
import org.tandem.cohort.persistence.AttendanceRows;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A cohort's sessions and their attendance as JSON, for hub staff's own tools: the same rules as the pages (a change
 * names the version it read; every change is mailed to the participants, with an iCalendar invitation). Scopes
 * {@code cohorts:read} and {@code cohorts:write}.
 */
@RestController
@RequestMapping(path = "/api/v1/cohorts/{id}/sessions", produces = "application/json")
@Tag(name = "Cohort sessions")
@SecurityRequirement(name = "accessToken")
class SessionApiController {

	/** The most attendances one request names. */
	static final int ATTENDANCE_LIMIT = 500;

	private final SessionService sessions;

	private final Accounts accounts;

	private final MessageSource messages;

	SessionApiController(SessionService sessions, Accounts accounts, MessageSource messages) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "A cohort's sessions, in order of time",
			description = "Needs the scope cohorts:read. At most 200 (a term holds far fewer). 404 for an unknown "
					+ "cohort.")
	List<SessionResponse> list(@PathVariable UUID id) {
		return sessions.ofCohort(id).stream().map(SessionApiController::response).toList();
	}

	@GetMapping("/{sessionId}")
	@Operation(summary = "One session", description = "Needs the scope cohorts:read. 404 when it is not the cohort's.")
	SessionResponse session(@PathVariable UUID id, @PathVariable UUID sessionId) {
		return response(sessions.get(id, sessionId));
	}

	@PostMapping(consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a session and invite its participants",
			description = "Needs the scope cohorts:write. kind (KICK_OFF, WELCOME_ONBOARDING, INTAKE, OUTTAKE, "
					+ "CLOSING, WEBINAR, LEARNING, FEEDBACK, OTHER), audience (EVERYONE, PROVIDERS, ORGANIZATIONS), "
					+ "title (up to 200 characters), startsAt (an ISO instant), durationMinutes (5 to 720), timeZone "
					+ "(an IANA id, named in the invitation), onlineLink (http or https) and/or place (up to 500), "
					+ "agenda (Markdown, up to 20,000). The participants it is meant for receive an invitation by mail "
					+ "with an iCalendar file. 400 with the field and a translated message when a rule is broken.")
	SessionResponse create(java.security.Principal caller, @PathVariable UUID id,
			@RequestBody SessionRequest request) {
		return response(sessions.create(id, request.details(), account(caller)));
	}

	@PatchMapping(path = "/{sessionId}", consumes = "application/json")
	@Operation(summary = "Change or cancel a session",
			description = "Needs the scope cohorts:write. The whole session as for planning, with the version you "
					+ "read; or {\"cancelled\": true, \"version\": n} to cancel it. The participants receive the update "
					+ "(SEQUENCE one higher) or the cancellation (METHOD:CANCEL). A session changed since you read "
					+ "it, or cancelled, is refused (400, field `version`).")
	SessionResponse change(java.security.Principal caller, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestBody SessionRequest request) {
		if (request.version() == null) {
			throw new InvalidInput("version", "cohort.api.versionMissing");
		}
		if (Boolean.TRUE.equals(request.cancelled())) {
			return response(sessions.cancel(id, sessionId, request.version(), account(caller)));
		}
		return response(sessions.change(id, sessionId, request.version(), request.details(), account(caller)));
	}

	@GetMapping("/{sessionId}/attendance")
	@Operation(summary = "Who attended a session",
			description = "Needs the scope cohorts:read. Ids only: an organization (and, when recorded, which of its "
					+ "accounts came) or a provider.")
	List<AttendanceResponse> attendance(@PathVariable UUID id, @PathVariable UUID sessionId) {
		return sessions.attendance(id, sessionId)
			.stream()
			.map(r -> new AttendanceResponse(r.organizationId(), r.providerId(), r.accountId(), r.recordedAt()))
			.toList();
	}

	@PutMapping(path = "/{sessionId}/attendance", consumes = "application/json")
	@Operation(summary = "Record who attended a session, replacing what was recorded",
			description = "Needs the scope cohorts:write. Body {\"version\": n, \"attended\": [{\"organization\": "
					+ "id, \"account\": id or null}, {\"provider\": id}]}, at most 500: organizations and providers "
					+ "taking part in the cohort and meant by the session; an account must be a member of its "
					+ "organization. The version is the session's.")
	List<AttendanceResponse> takeAttendance(@PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestBody AttendanceRequest request) {
		if (request.version() == null) {
			throw new InvalidInput("version", "cohort.api.versionMissing");
		}
		List<AttendedRequest> named = request.attended() == null ? List.of() : request.attended();
		if (named.size() > ATTENDANCE_LIMIT) {
			throw new InvalidInput("attended", "cohort.session.attendance.unknown");
		}
		List<SessionService.Attended> attended = new ArrayList<>();
		for (AttendedRequest a : named) {
			if (a == null || (a.organization() == null) == (a.provider() == null)
					|| (a.provider() != null && a.account() != null)) {
				throw new InvalidInput("attended", "cohort.session.attendance.unknown");
			}
			attended.add(new SessionService.Attended(a.organization(), a.provider(), a.account()));
		}
		sessions.takeAttendance(id, sessionId, request.version(), attended);
		return attendance(id, sessionId);
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	private static SessionResponse response(CohortSession s) {
		return new SessionResponse(s.id(), s.cohortId(), s.kind(), s.audience(), s.title(), s.startsAt(),
				s.durationMinutes(), s.timeZone(), s.onlineLink(), s.place(), s.agenda(), s.cancelled(), s.sequence(),
				s.createdAt(), s.updatedAt(), s.version());
	}

	/**
	 * @param sequence how many changes were mailed (iCalendar SEQUENCE)
	 * @param version the session's version, which a change must name
	 */
	record SessionResponse(UUID id, UUID cohort, SessionKind kind, SessionAudience audience, String title,
			Instant startsAt, int durationMinutes, String timeZone, @Nullable String onlineLink,
			@Nullable String place, @Nullable String agenda, boolean cancelled, int sequence, Instant createdAt,
			Instant updatedAt, long version) {
	}

	/** @param version the version read (to change or cancel); @param cancelled true to cancel */
	record SessionRequest(@Nullable SessionKind kind, @Nullable SessionAudience audience, @Nullable String title,
			@Nullable Instant startsAt, @Nullable Integer durationMinutes, @Nullable String timeZone,
			@Nullable String onlineLink, @Nullable String place, @Nullable String agenda, @Nullable Boolean cancelled,
			@Nullable Long version) {

		SessionDetails details() {
			if (kind == null) {
				throw new InvalidInput("kind", "cohort.session.kind.invalid");
			}
			if (audience == null) {
				throw new InvalidInput("audience", "cohort.session.audience.invalid");
			}
			if (startsAt == null) {
				throw new InvalidInput("startsAt", "cohort.session.day.invalid");
			}
			return new SessionDetails(kind, audience, title == null ? "" : title, startsAt,
					durationMinutes == null ? 0 : durationMinutes, timeZone == null ? "" : timeZone, onlineLink, place,
					agenda);
		}

	}

	record AttendanceResponse(@Nullable UUID organization, @Nullable UUID provider, @Nullable UUID account,
			Instant recordedAt) {
	}

	record AttendanceRequest(@Nullable Long version, @Nullable List<AttendedRequest> attended) {
	}

	/** Exactly one of organization and provider; account only with an organization. */
	record AttendedRequest(@Nullable UUID organization, @Nullable UUID provider, @Nullable UUID account) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules cohortSessionApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/cohorts/*/sessions")
				.access(Access.scopeAndAnyRole("cohorts:write", Role.STAFF, Role.ADMIN))
				.requestMatchers(HttpMethod.PATCH, "/api/v1/cohorts/*/sessions/*")
				.access(Access.scopeAndAnyRole("cohorts:write", Role.STAFF, Role.ADMIN))
				.requestMatchers(HttpMethod.PUT, "/api/v1/cohorts/*/sessions/*/attendance")
				.access(Access.scopeAndAnyRole("cohorts:write", Role.STAFF, Role.ADMIN));
		}

	}

}
