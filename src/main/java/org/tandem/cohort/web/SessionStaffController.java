package org.tandem.cohort.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.cohort.CohortSessions.Attendance;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.MemberOrganization;
import org.tandem.cohort.domain.MemberProvider;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionDetails;
import org.tandem.cohort.domain.SessionKind;
import org.tandem.cohort.domain.SessionMaterials;
import org.tandem.cohort.domain.SessionService;
import org.tandem.cohort.persistence.AttendanceRows;
import org.tandem.cohort.persistence.MaterialRows.Material;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.TandemPrincipal;
import org.tandem.platform.TimeZones;
import org.tandem.privacy.files.UploadRejectedException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * Staff keep a cohort's sessions: plan one, change it, cancel it, add its materials and take its attendance (a box
 * for each organization and provider the session is meant for), with the programme's rule shown for each participant.
 */
@Controller
class SessionStaffController {

	private final SessionService sessions;

	private final SessionMaterials materials;

	private final CohortService cohorts;

	private final Organizations organizations;

	private final Providers providers;

	private final Markdown markdown;

	private final Clock clock;

	SessionStaffController(SessionService sessions, SessionMaterials materials, CohortService cohorts,
			Organizations organizations, Providers providers, Markdown markdown, Clock clock) {
		this.sessions = sessions;
		this.materials = materials;
		this.cohorts = cohorts;
		this.organizations = organizations;
		this.providers = providers;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping("/staff/cohorts/{id}/sessions/new")
	String newForm(@PathVariable UUID id, Model model, Locale locale) {
		Cohort cohort = cohorts.get(id);
		LocalDate today = LocalDate.now(clock);
		LocalDate day = cohort.startsOn().isAfter(today) ? cohort.startsOn() : today.plusDays(7);
		return newPage(model, cohort, SessionForm.fresh(day, TimeZones.UTC), locale);
	}

	@PostMapping("/staff/cohorts/{id}/sessions")
	String create(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult binding, Model model, Locale locale) {
		Cohort cohort = cohorts.get(id);
		SessionDetails details = form.details(binding);
		if (details == null) {
			return newPage(model, cohort, form, locale);
		}
		try {
			CohortSession session = sessions.create(id, details, principal.accountId());
			return "redirect:/staff/cohorts/" + id + "/sessions/" + session.id() + "?created";
		}
		catch (InvalidInput invalid) {
			binding.reject(invalid.messageKey());
			return newPage(model, cohort, form, locale);
		}
	}

	@GetMapping("/staff/cohorts/{id}/sessions/{sessionId}")
	String show(@PathVariable UUID id, @PathVariable UUID sessionId, Model model, Locale locale) {
		CohortSession session = sessions.get(id, sessionId);
		return page(model, session, SessionForm.of(session), locale);
	}

	@PostMapping("/staff/cohorts/{id}/sessions/{sessionId}")
	String change(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID sessionId,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult binding, Model model, Locale locale) {
		CohortSession session = sessions.get(id, sessionId);
		SessionDetails details = form.details(binding);
		if (details == null) {
			return page(model, session, form, locale);
		}
		try {
			sessions.change(id, sessionId, form.getVersion(), details, principal.accountId());
			return "redirect:/staff/cohorts/" + id + "/sessions/" + sessionId + "?saved";
		}
		catch (InvalidInput invalid) {
			binding.reject(invalid.messageKey());
			return page(model, session, form, locale);
		}
	}

	@PostMapping("/staff/cohorts/{id}/sessions/{sessionId}/cancel")
	String cancel(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(defaultValue = "-1") long version, Model model, Locale locale) {
		CohortSession session = sessions.get(id, sessionId);
		try {
			sessions.cancel(id, sessionId, version, principal.accountId());
			return "redirect:/staff/cohorts/" + id + "/sessions/" + sessionId + "?cancelled";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("cancelError", invalid.messageKey());
			return page(model, session, SessionForm.of(session), locale);
		}
	}

	@PostMapping("/staff/cohorts/{id}/sessions/{sessionId}/attendance")
	String attendance(@PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(defaultValue = "-1") long version,
			@RequestParam(name = "organization", required = false) @Nullable List<String> organizationIds,
			@RequestParam(name = "provider", required = false) @Nullable List<String> providerIds, Model model,
			Locale locale) {
		CohortSession session = sessions.get(id, sessionId);
		try {
			List<SessionService.Attended> attended = new ArrayList<>();
			for (String o : bounded(organizationIds)) {
				attended.add(new SessionService.Attended(uuid(o), null, null));
			}
			for (String p : bounded(providerIds)) {
				attended.add(new SessionService.Attended(null, uuid(p), null));
			}
			sessions.takeAttendance(id, sessionId, version, attended);
			return "redirect:/staff/cohorts/" + id + "/sessions/" + sessionId + "?attendanceSaved#attendance";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("attendanceError", invalid.messageKey());
			return page(model, session, SessionForm.of(session), locale);
		}
	}

	@PostMapping("/staff/cohorts/{id}/sessions/{sessionId}/materials")
	String addMaterial(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
			throws IOException {
		CohortSession session = sessions.get(id, sessionId);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", UploadRejectedException.EMPTY);
			return page(model, session, SessionForm.of(session), locale);
		}
		try (InputStream content = file.getInputStream()) {
			materials.add(id, sessionId, principal.accountId(),
					Objects.requireNonNullElse(file.getOriginalFilename(), ""), content);
			return "redirect:/staff/cohorts/" + id + "/sessions/" + sessionId + "?materialAdded#materials";
		}
		catch (UploadRejectedException rejected) {
			model.addAttribute("fileError", rejected.messageKey());
			model.addAttribute("fileErrorArguments", rejected.arguments());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("fileError", invalid.messageKey());
		}
		return page(model, session, SessionForm.of(session), locale);
	}

	@PostMapping("/staff/cohorts/{id}/sessions/{sessionId}/materials/{materialId}/remove")
	String removeMaterial(@PathVariable UUID id, @PathVariable UUID sessionId, @PathVariable UUID materialId) {
		materials.remove(id, sessionId, materialId);
		return "redirect:/staff/cohorts/" + id + "/sessions/" + sessionId + "?materialRemoved#materials";
	}

	@GetMapping("/staff/cohorts/{id}/sessions/{sessionId}/materials/{materialId}")
	void download(@PathVariable UUID id, @PathVariable UUID sessionId, @PathVariable UUID materialId,
			HttpServletResponse response) throws IOException {
		send(materials, materials.get(id, sessionId, materialId), response);
	}

	/** A material, decrypted, as a download the browser never renders in the page. */
	static void send(SessionMaterials materials, Material material, HttpServletResponse response) throws IOException {
		try (InputStream content = materials.content(material)) {
			response.setContentType(material.mediaType());
			response.setContentLengthLong(material.sizeBytes());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(material.fileName(), StandardCharsets.UTF_8)
				.build()
				.toString());
			content.transferTo(response.getOutputStream());
		}
	}

	private static List<String> bounded(@Nullable List<String> ids) {
		if (ids == null) {
			return List.of();
		}
		if (ids.size() > 500) {
			throw new InvalidInput("attendance", "cohort.session.attendance.unknown");
		}
		return ids;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInput("attendance", "cohort.session.attendance.unknown");
		}
	}

	private String newPage(Model model, Cohort cohort, SessionForm form, Locale locale) {
		model.addAttribute("cohort", cohort);
		model.addAttribute("form", form);
		choices(model, locale);
		return "cohort/staff-session-new";
	}

	private String page(Model model, CohortSession session, SessionForm form, Locale locale) {
		Cohort cohort = cohorts.get(session.cohortId());
		model.addAttribute("cohort", cohort);
		model.addAttribute("cohortSession", session);
		model.addAttribute("form", form);
		model.addAttribute("agendaHtml", markdown.html(session.agenda()));
		choices(model, locale);
		model.addAttribute("materials", materials.of(cohort.id(), session.id()));
		List<AttendanceRows.Row> present = sessions.attendance(cohort.id(), session.id());
		Set<UUID> attended = new java.util.HashSet<>();
		present.forEach(r -> attended.add(r.organizationId() != null ? r.organizationId() : r.providerId()));
		model.addAttribute("attended", attended);
		List<UUID> organizationIds = session.audience().organizations()
				? cohort.presentOrganizations().stream().map(MemberOrganization::organizationId).toList() : List.of();
		List<UUID> providerIds = session.audience().providers()
				? cohort.presentProviders().stream().map(MemberProvider::providerId).toList() : List.of();
		model.addAttribute("attendanceOrganizations", organizationIds);
		model.addAttribute("attendanceProviders", providerIds);
		Map<UUID, String> names = new java.util.HashMap<>(organizations.names(organizationIds));
		names.putAll(providers.names(providerIds));
		model.addAttribute("names", names);
		List<Attendance> rule = sessions.rule(cohort.id());
		model.addAttribute("rule", rule);
		Map<UUID, String> ruleNames = new java.util.HashMap<>(organizations.names(rule.stream()
			.map(Attendance::organizationId)
			.filter(Objects::nonNull)
			.limit(Organizations.NAMES_LIMIT)
			.toList()));
		ruleNames.putAll(providers.names(rule.stream().map(Attendance::providerId).filter(Objects::nonNull).toList()));
		model.addAttribute("ruleNames", ruleNames);
		return "cohort/staff-session";
	}

	private void choices(Model model, Locale locale) {
		model.addAttribute("kinds", SessionKind.values());
		model.addAttribute("audiences", SessionAudience.values());
		model.addAttribute("timeZones", TimeZones.options(locale, null));
	}

}
