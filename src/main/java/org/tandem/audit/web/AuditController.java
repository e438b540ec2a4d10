package org.tandem.audit.web;

import java.util.List;
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
import org.tandem.audit.AuditSide;
import org.tandem.audit.AuditStatus;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditService;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.validation.Valid;

/**
 * The audits an account sees, and one audit's page (both sides): its context, where it stands with the moves for the
 * auditor's side, the links to its parts, and the page to restate its context. Every handler goes through the service
 * with the signed-in account, which answers "not found" to anyone who may not see the audit.
 */
@Controller
class AuditController {

	private final AuditService audits;

	private final Organizations organizations;

	private final AuditContextPages pages;

	AuditController(AuditService audits, Organizations organizations, AuditContextPages pages) {
		this.audits = audits;
		this.organizations = organizations;
		this.pages = pages;
	}

	@GetMapping("/audits")
	String list(TandemPrincipal principal, @RequestParam(required = false) @Nullable String before, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		AuditService.Page page = audits.mine(principal.accountId(), before);
		model.addAttribute("audits", page.audits());
		model.addAttribute("before", page.before());
		model.addAttribute("first", before == null || before.isBlank());
		model.addAttribute("organizationNames",
				organizations.names(page.audits().stream().map(Audit::organizationId).distinct().toList()));
		model.addAttribute("mayStartOnItsOwn", request.isUserInRole("STAFF") || request.isUserInRole("ADMIN"));
		return "audit/list";
	}

	@GetMapping("/audits/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model, Locale locale) {
		return page(model, principal, id, null, locale);
	}

	@PostMapping("/audits/{id}/status")
	String move(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(required = false) @Nullable AuditStatus to,
			@RequestParam(defaultValue = "-1") long version, Model model, Locale locale) {
		try {
			if (to == null) {
				throw new InvalidInput("status", "audit.start.status.invalid");
			}
			audits.moveTo(id, principal.accountId(), to, version);
			return "redirect:/audits/" + id + "?moved";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, invalid.messageKey(), locale);
		}
	}

	@GetMapping("/audits/{id}/context")
	String editContext(TandemPrincipal principal, @PathVariable UUID id, Model model, Locale locale) {
		Audit audit;
		try {
			audit = audits.forChange(id, principal.accountId());
		}
		catch (InvalidInput invalid) {
			// the organization's side, or a closed audit: the audit's page says why
			return page(model, principal, id, invalid.messageKey(), locale);
		}
		return contextPage(model, audit, AuditForm.of(audit), locale);
	}

	@PostMapping("/audits/{id}/context")
	String changeContext(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("auditForm") AuditForm form, BindingResult binding, Model model, Locale locale) {
		Audit audit;
		try {
			audit = audits.forChange(id, principal.accountId());
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, invalid.messageKey(), locale);
		}
		if (!binding.hasErrors()) {
			try {
				audits.changeContext(id, principal.accountId(), form.context(), form.getVersion());
				return "redirect:/audits/" + id + "?contextChanged";
			}
			catch (InvalidInput invalid) {
				if (invalid.messageKey().equals("audit.stale")) {
					// the audit as it is now, to make the change again on
					AuditForm current = AuditForm.of(audit);
					model.addAttribute("staleError", invalid.messageKey());
					return contextPage(model, audit, current, locale);
				}
				AuditContextPages.reject(binding, invalid);
			}
		}
		return contextPage(model, audit, form, locale);
	}

	private String contextPage(Model model, Audit audit, AuditForm form, Locale locale) {
		model.addAttribute("audit", audit);
		model.addAttribute("organizationName", organizations.name(audit.organizationId()).orElse(""));
		model.addAttribute("auditForm", form);
		pages.formChoices(model, locale);
		return "audit/context";
	}

	private String page(Model model, TandemPrincipal principal, UUID id, @Nullable String statusError, Locale locale) {
		AuditService.Seen seen = audits.get(id, principal.accountId());
		Audit audit = seen.audit();
		model.addAttribute("audit", audit);
		model.addAttribute("side", seen.side());
		model.addAttribute("auditor", seen.side() == AuditSide.AUDITOR);
		model.addAttribute("organizationName", organizations.name(audit.organizationId()).orElse(""));
		model.addAttribute("skillTitles", pages.skillTitles(locale));
		model.addAttribute("moves",
				List.of(AuditStatus.values()).stream().filter(s -> s != audit.status()).toList());
		model.addAttribute("statuses", AuditStatus.values());
		model.addAttribute("statusError", statusError);
		model.addAttribute("languageName", AuditContextPages.languageName(audit.language()));
		return "audit/show";
	}

}
