package org.tandem.audit.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditService;
import org.tandem.engagement.Side;
import org.tandem.engagement.Workspaces;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

import jakarta.validation.Valid;

/**
 * Starting an audit: inside an engagement, from its page of audits (its provider and staff start one; the
 * organization's members see the list), and on its own by staff, for an enrolled organization they choose first. The
 * service decides who may, and answers "not found" to anyone else.
 */
@Controller
class AuditStartController {

	private final AuditService audits;

	private final Workspaces workspaces;

	private final Organizations organizations;

	private final AuditContextPages pages;

	AuditStartController(AuditService audits, Workspaces workspaces, Organizations organizations, AuditContextPages pages) {
		this.audits = audits;
		this.workspaces = workspaces;
		this.organizations = organizations;
		this.pages = pages;
	}

	@GetMapping("/engagements/{id}/audits")
	String ofEngagement(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String before, Model model, Locale locale) {
		return engagementPage(model, principal, id, before, AuditForm.fresh(locale.getLanguage()), locale);
	}

	@PostMapping("/engagements/{id}/audits")
	String startInEngagement(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("auditForm") AuditForm form, BindingResult binding, Model model, Locale locale) {
		Workspaces.Seat seat = workspaces.seat(id, principal.accountId()).orElseThrow(NotFoundException::new);
		if (!binding.hasErrors()) {
			try {
				Audit audit = audits.startInEngagement(seat.engagementId(), principal.accountId(), form.context());
				return "redirect:/audits/" + audit.id() + "/plan?started";
			}
			catch (InvalidInput invalid) {
				if (invalid.messageKey().equals("audit.auditorOnly") || invalid.messageKey().equals("audit.engagementClosed")) {
					// the organization's side and a closed engagement have no form to show the refusal on
					model.addAttribute("startError", invalid.messageKey());
				}
				else {
					AuditContextPages.reject(binding, invalid);
				}
			}
		}
		return engagementPage(model, principal, id, null, form, locale);
	}

	@GetMapping("/audits/new")
	String choose(TandemPrincipal principal, @RequestParam(required = false) @Nullable UUID organization,
			@RequestParam(required = false) @Nullable String after, Model model, Locale locale) {
		if (organization == null) {
			Organizations.Choices choices = organizations.choices(after == null || after.length() > 200 ? null : after);
			model.addAttribute("choices", choices.choices());
			model.addAttribute("next", choices.next());
			model.addAttribute("first", after == null || after.isBlank());
			return "audit/choose";
		}
		return newPage(model, organization, AuditForm.fresh(locale.getLanguage()), locale);
	}

	@PostMapping("/audits/new")
	String startOnItsOwn(TandemPrincipal principal, @RequestParam(required = false) @Nullable UUID organization,
			@Valid @ModelAttribute("auditForm") AuditForm form, BindingResult binding, Model model, Locale locale) {
		if (organization == null) {
			return "redirect:/audits/new";
		}
		if (!binding.hasErrors()) {
			try {
				Audit audit = audits.startOnItsOwn(organization, principal.accountId(), form.context());
				return "redirect:/audits/" + audit.id() + "/plan?started";
			}
			catch (InvalidInput invalid) {
				AuditContextPages.reject(binding, invalid);
			}
		}
		return newPage(model, organization, form, locale);
	}

	private String newPage(Model model, UUID organization, AuditForm form, Locale locale) {
		String name = organizations.name(organization).orElseThrow(NotFoundException::new);
		model.addAttribute("organizationId", organization);
		model.addAttribute("organizationName", name);
		model.addAttribute("auditForm", form);
		pages.formChoices(model, locale);
		return "audit/new";
	}

	private String engagementPage(Model model, TandemPrincipal principal, UUID engagementId, @Nullable String before,
			AuditForm form, Locale locale) {
		Workspaces.Seat seat = workspaces.seat(engagementId, principal.accountId()).orElseThrow(NotFoundException::new);
		AuditService.Page page = audits.ofEngagement(engagementId, principal.accountId(), before);
		model.addAttribute("engagementId", engagementId);
		model.addAttribute("organizationName", organizations.name(seat.organizationId()).orElse(""));
		model.addAttribute("audits", page.audits());
		model.addAttribute("before", page.before());
		model.addAttribute("first", before == null || before.isBlank());
		model.addAttribute("mayStart", seat.side() != Side.ORGANIZATION && !seat.closed());
		model.addAttribute("auditForm", form);
		pages.formChoices(model, locale);
		return "audit/engagement";
	}

}
