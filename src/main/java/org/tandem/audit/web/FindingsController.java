package org.tandem.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.audit.FindingCategory;
import org.tandem.audit.Impact;
import org.tandem.audit.Likelihood;
import org.tandem.audit.domain.AuditEvidence;
import org.tandem.audit.domain.AuditEvidenceFiles;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.Finding;
import org.tandem.audit.domain.Findings;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * An audit's findings: both sides read them, weightiest first; the auditor's side adds, changes and removes them.
 * Every handler goes through the services with the signed-in account, which answer "not found" to anyone who may not
 * see the audit.
 */
@Controller
class FindingsController {

	private final AuditFindings read;

	private final Findings findings;

	private final AuditHeader header;

	private final AuditEvidenceFiles evidence;

	FindingsController(AuditFindings read, Findings findings, AuditHeader header, AuditEvidenceFiles evidence) {
		this.evidence = evidence;
		this.read = read;
		this.findings = findings;
		this.header = header;
	}

	@GetMapping("/audits/{id}/findings")
	String list(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return list(model, principal, id, new FindingForm());
	}

	@PostMapping("/audits/{id}/findings")
	String add(TandemPrincipal principal, @PathVariable UUID id, @ModelAttribute("findingForm") FindingForm form,
			BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				findings.add(id, principal.accountId(), form.entry());
				return "redirect:/audits/" + id + "/findings?added#findings";
			}
			catch (InvalidInput invalid) {
				if (FindingForm.FIELDS.contains(invalid.field())) {
					Typed.reject(binding, invalid, FindingForm.FIELDS);
				}
				else {
					// a refusal of the audit itself (closed, not the auditor's side): shown above the list
					model.addAttribute("findingError", invalid.messageKey());
				}
			}
		}
		return list(model, principal, id, form);
	}

	@GetMapping("/audits/{id}/findings/{findingId}")
	String edit(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID findingId, Model model) {
		Finding finding = read.finding(id, principal.accountId(), findingId);
		return page(model, principal, id, finding, FindingForm.of(finding));
	}

	@PostMapping("/audits/{id}/findings/{findingId}")
	String change(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID findingId,
			@ModelAttribute("findingForm") FindingForm form, BindingResult binding, Model model) {
		Finding finding = read.finding(id, principal.accountId(), findingId);
		if (!binding.hasErrors()) {
			try {
				findings.change(id, principal.accountId(), findingId, form.entry(), form.getVersion());
				return "redirect:/audits/" + id + "/findings?changed#finding-" + findingId;
			}
			catch (InvalidInput invalid) {
				Typed.reject(binding, invalid, FindingForm.FIELDS);
			}
		}
		return page(model, principal, id, finding, form);
	}

	@PostMapping("/audits/{id}/findings/{findingId}/remove")
	String remove(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID findingId, Model model) {
		try {
			findings.remove(id, principal.accountId(), findingId);
			return "redirect:/audits/" + id + "/findings?removed#findings";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("findingError", invalid.messageKey());
			return list(model, principal, id, new FindingForm());
		}
	}

	private String list(Model model, TandemPrincipal principal, UUID id, FindingForm form) {
		header.add(model, id, principal.accountId());
		model.addAttribute("findings", read.findings(id, principal.accountId()));
		choices(model);
		evidence(model, id, principal.accountId());
		model.addAttribute("findingForm", form);
		return "audit/findings";
	}

	private String page(Model model, TandemPrincipal principal, UUID id, Finding finding, FindingForm form) {
		header.add(model, id, principal.accountId());
		model.addAttribute("finding", finding);
		choices(model);
		evidence(model, id, principal.accountId());
		model.addAttribute("findingForm", form);
		return "audit/finding";
	}

	/**
	 * The audit's evidence files by name, each with the address of its download: a finding whose evidence names one
	 * links to it, and the form lists them (the newest of two files with the same name is the one linked).
	 */
	private void evidence(Model model, UUID id, UUID accountId) {
		Map<String, String> links = new LinkedHashMap<>();
		for (AuditEvidence file : evidence.ofAudit(id, accountId)) {
			links.putIfAbsent(file.name(), "/audits/" + id + "/activities/" + file.auditActivityId() + "/evidence/"
					+ file.id());
		}
		model.addAttribute("evidenceLinks", links);
	}

	private static void choices(Model model) {
		model.addAttribute("categories", FindingCategory.values());
		model.addAttribute("likelihoods", Likelihood.values());
		model.addAttribute("impacts", Impact.values());
	}

}
