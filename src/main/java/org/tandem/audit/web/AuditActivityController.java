package org.tandem.audit.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.audit.ActivityStatus;
import org.tandem.audit.domain.AuditActivity;
import org.tandem.audit.domain.AuditEvidence;
import org.tandem.audit.domain.AuditEvidenceFiles;
import org.tandem.audit.domain.AuditPlans;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.files.UploadRejectedException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One activity of an audit's plan: its notes (Markdown), its evidence (encrypted files) and whether it was done or
 * skipped, with the reason. Both sides read it and download the evidence; the auditor's side writes.
 */
@Controller
class AuditActivityController {

	private final AuditPlans plans;

	private final AuditEvidenceFiles evidence;

	private final Organizations organizations;

	private final AuditContextPages pages;

	private final Markdown markdown;

	AuditActivityController(AuditPlans plans, AuditEvidenceFiles evidence, Organizations organizations, AuditContextPages pages,
			Markdown markdown) {
		this.plans = plans;
		this.evidence = evidence;
		this.organizations = organizations;
		this.pages = pages;
		this.markdown = markdown;
	}

	@GetMapping("/audits/{id}/activities/{plannedId}")
	String show(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId, Model model,
			Locale locale) {
		return page(model, principal, id, plannedId, locale);
	}

	@PostMapping("/audits/{id}/activities/{plannedId}/notes")
	String writeNotes(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId,
			@RequestParam(defaultValue = "") String notes, @RequestParam(defaultValue = "-1") long version, Model model,
			Locale locale) {
		try {
			if (notes.length() > AuditActivity.NOTES_LIMIT) {
				throw new InvalidInput("notes", "audit.plan.notes.tooLong");
			}
			plans.writeNotes(id, principal.accountId(), plannedId, notes, version);
			return "redirect:/audits/" + id + "/activities/" + plannedId + "?notesSaved#notes";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("notesError", invalid.messageKey());
			model.addAttribute("typedNotes", notes);
			return page(model, principal, id, plannedId, locale);
		}
	}

	@PostMapping("/audits/{id}/activities/{plannedId}/status")
	String mark(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId,
			@RequestParam(required = false) @Nullable ActivityStatus status,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "-1") long version,
			Model model, Locale locale) {
		try {
			if (status == null) {
				throw new InvalidInput("status", "audit.plan.status.invalid");
			}
			if (reason.length() > AuditActivity.REASON_LIMIT) {
				throw new InvalidInput("reason", "audit.plan.skip.reasonTooLong");
			}
			plans.mark(id, principal.accountId(), plannedId, status, reason, version);
			return "redirect:/audits/" + id + "/activities/" + plannedId + "?marked#status";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("statusError", invalid.messageKey());
			model.addAttribute("typedReason", reason);
			return page(model, principal, id, plannedId, locale);
		}
	}

	@PostMapping("/audits/{id}/activities/{plannedId}/evidence")
	String addEvidence(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", UploadRejectedException.EMPTY);
			return page(model, principal, id, plannedId, locale);
		}
		try (InputStream content = file.getInputStream()) {
			evidence.add(id, principal.accountId(), plannedId, Objects.requireNonNullElse(file.getOriginalFilename(), ""),
					content);
			return "redirect:/audits/" + id + "/activities/" + plannedId + "?evidenceAdded#evidence";
		}
		catch (UploadRejectedException rejected) {
			model.addAttribute("fileError", rejected.messageKey());
			model.addAttribute("fileErrorArguments", rejected.arguments());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("fileError", invalid.messageKey());
		}
		return page(model, principal, id, plannedId, locale);
	}

	/** A file, decrypted, as a download the browser never renders in the page. */
	@GetMapping("/audits/{id}/activities/{plannedId}/evidence/{evidenceId}")
	void download(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId,
			@PathVariable UUID evidenceId, HttpServletResponse response) throws IOException {
		AuditEvidence file = evidence.get(id, principal.accountId(), plannedId, evidenceId);
		try (InputStream content = evidence.content(file)) {
			response.setContentType(file.contentType());
			response.setContentLengthLong(file.sizeBytes());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString());
			content.transferTo(response.getOutputStream());
		}
	}

	@PostMapping("/audits/{id}/activities/{plannedId}/evidence/{evidenceId}/remove")
	String removeEvidence(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId,
			@PathVariable UUID evidenceId, Model model, Locale locale) {
		try {
			evidence.remove(id, principal.accountId(), plannedId, evidenceId);
			return "redirect:/audits/" + id + "/activities/" + plannedId + "?evidenceRemoved#evidence";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("fileError", invalid.messageKey());
			return page(model, principal, id, plannedId, locale);
		}
	}

	private String page(Model model, TandemPrincipal principal, UUID id, UUID plannedId, Locale locale) {
		AuditPlans.SeenActivity seen = plans.activity(id, principal.accountId(), plannedId, locale);
		model.addAttribute("seen", seen);
		model.addAttribute("audit", seen.audit());
		model.addAttribute("planned", seen.planned());
		model.addAttribute("activity", seen.planned().activity());
		model.addAttribute("organizationName", organizations.name(seen.audit().organizationId()).orElse(""));
		model.addAttribute("notesHtml", markdown.html(seen.planned().activity().notes()));
		model.addAttribute("evidence", evidence.of(id, principal.accountId(), plannedId));
		model.addAttribute("skillTitles", pages.skillTitles(locale));
		model.addAttribute("activityStatuses", ActivityStatus.values());
		model.addAttribute("me", principal.accountId());
		// a refusal for the organization's side or a closed audit: their page has no form to show it beside
		model.addAttribute("refusal", java.util.stream.Stream.of("statusError", "notesError", "fileError")
			.map(name -> model.getAttribute(name))
			.filter(e -> "audit.auditorOnly".equals(e) || "audit.closed".equals(e))
			.findFirst()
			.orElse(null));
		if (!model.containsAttribute("typedNotes")) {
			model.addAttribute("typedNotes", Objects.requireNonNullElse(seen.planned().activity().notes(), ""));
		}
		if (!model.containsAttribute("typedReason")) {
			model.addAttribute("typedReason", Objects.requireNonNullElse(seen.planned().activity().skipReason(), ""));
		}
		return "audit/activity";
	}

}
