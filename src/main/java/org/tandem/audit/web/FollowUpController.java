package org.tandem.audit.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.audit.RecommendationStatus;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.AuditService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * An audit's follow-up: the date its recommendations are checked again (set by the auditor's side) and each
 * recommendation's status over time, with how many stand in each status now. Both sides read it.
 */
@Controller
class FollowUpController {

	private final AuditFindings read;

	private final AuditService audits;

	private final AuditHeader header;

	FollowUpController(AuditFindings read, AuditService audits, AuditHeader header) {
		this.read = read;
		this.audits = audits;
		this.header = header;
	}

	@GetMapping("/audits/{id}/follow-up")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return page(model, principal, id, null);
	}

	@PostMapping("/audits/{id}/follow-up/recheck")
	String recheck(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "") String recheckOn,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			audits.recheckOn(id, principal.accountId(),
					Typed.date(recheckOn, "recheckOn", "audit.followup.recheckOn.invalid"), version);
			return "redirect:/audits/" + id + "/follow-up?recheckSet";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("recheckError", invalid.messageKey());
			return page(model, principal, id, recheckOn);
		}
	}

	private String page(Model model, TandemPrincipal principal, UUID id, @org.jspecify.annotations.Nullable String typed) {
		var seen = header.add(model, id, principal.accountId());
		AuditFindings.FollowUp followUp = read.followUp(id, principal.accountId());
		model.addAttribute("followUp", followUp);
		model.addAttribute("counts", java.util.Arrays.stream(RecommendationStatus.values())
			.map(s -> new Count(s, followUp.counts().getOrDefault(s, 0)))
			.toList());
		model.addAttribute("recheckTyped", typed != null ? typed
				: seen.audit().recheckOn() == null ? "" : seen.audit().recheckOn().toString());
		return "audit/follow-up";
	}

	/** How many recommendations stand in a status now. */
	record Count(RecommendationStatus status, int count) {
	}

}
