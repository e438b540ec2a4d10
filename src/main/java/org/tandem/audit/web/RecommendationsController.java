package org.tandem.audit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.audit.Priority;
import org.tandem.audit.RecommendationStatus;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.Recommendation;
import org.tandem.audit.domain.Recommendations;
import org.tandem.engagement.Side;
import org.tandem.engagement.Workspaces;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.TandemPrincipal;

/**
 * An audit's recommendations: both sides read them; the auditor's side adds, changes and removes them; the
 * organization's side decides on each; either side moves the accepted ones into the engagement's plan in one step.
 * Every handler goes through the services with the signed-in account.
 */
@Controller
class RecommendationsController {

	private final AuditFindings read;

	private final Recommendations recommendations;

	private final AuditHeader header;

	private final Markdown markdown;

	RecommendationsController(AuditFindings read, Recommendations recommendations, AuditHeader header,
			Markdown markdown) {
		this.read = read;
		this.recommendations = recommendations;
		this.header = header;
		this.markdown = markdown;
	}

	@GetMapping("/audits/{id}/recommendations")
	String list(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return list(model, principal, id, new RecommendationForm());
	}

	@PostMapping("/audits/{id}/recommendations")
	String add(TandemPrincipal principal, @PathVariable UUID id,
			@ModelAttribute("recommendationForm") RecommendationForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				recommendations.add(id, principal.accountId(), form.entry());
				return "redirect:/audits/" + id + "/recommendations?added#recommendations";
			}
			catch (InvalidInput invalid) {
				if (RecommendationForm.FIELDS.contains(invalid.field())) {
					Typed.reject(binding, invalid, RecommendationForm.FIELDS);
				}
				else {
					// a refusal of the audit itself (closed, not the auditor's side): shown above the list
					model.addAttribute("recError", invalid.messageKey());
				}
			}
		}
		return list(model, principal, id, form);
	}

	@GetMapping("/audits/{id}/recommendations/{rid}")
	String edit(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID rid, Model model) {
		AuditFindings.Recommended r = read.recommendation(id, principal.accountId(), rid);
		return page(model, principal, id, r, RecommendationForm.of(r.recommendation()));
	}

	@PostMapping("/audits/{id}/recommendations/{rid}")
	String change(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID rid,
			@ModelAttribute("recommendationForm") RecommendationForm form, BindingResult binding, Model model) {
		AuditFindings.Recommended r = read.recommendation(id, principal.accountId(), rid);
		if (!binding.hasErrors()) {
			try {
				recommendations.change(id, principal.accountId(), rid, form.entry(), form.getVersion());
				return "redirect:/audits/" + id + "/recommendations?changed#rec-" + rid;
			}
			catch (InvalidInput invalid) {
				Typed.reject(binding, invalid, RecommendationForm.FIELDS);
			}
			catch (OptimisticLockingFailureException e) {
				binding.reject("audit.rec.stale");
			}
		}
		return page(model, principal, id, r, form);
	}

	@PostMapping("/audits/{id}/recommendations/{rid}/remove")
	String remove(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID rid, Model model) {
		try {
			recommendations.remove(id, principal.accountId(), rid);
			return "redirect:/audits/" + id + "/recommendations?removed#recommendations";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("recError", invalid.messageKey());
			return list(model, principal, id, new RecommendationForm());
		}
	}

	@PostMapping("/audits/{id}/recommendations/{rid}/decision")
	String decide(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID rid,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		read.recommendation(id, principal.accountId(), rid);
		try {
			if (reason.length() > Recommendation.REASON_LIMIT) {
				throw new InvalidInput("reason", "audit.rec.reason.tooLong");
			}
			RecommendationStatus to = Typed.choice(RecommendationStatus.class, status, "status",
					"audit.rec.status.invalid");
			recommendations.decide(id, principal.accountId(), rid, to, reason, version);
			return "redirect:/audits/" + id + "/recommendations?decided#rec-" + rid;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("decisionError", invalid.messageKey());
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("decisionError", "audit.rec.stale");
		}
		model.addAttribute("decisionFor", rid);
		model.addAttribute("decisionStatus", status);
		model.addAttribute("decisionReason", reason);
		return list(model, principal, id, new RecommendationForm());
	}

	@PostMapping("/audits/{id}/recommendations/plan")
	String toPlan(TandemPrincipal principal, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			Model model) {
		String dueOn = form.getFirst("dueOn") == null ? "" : form.getFirst("dueOn");
		try {
			List<UUID> seen = new ArrayList<>();
			Map<UUID, Side> owners = new HashMap<>();
			List<String> shown = form.getOrDefault("seen", List.of());
			if (shown.size() > Recommendations.LIMIT) {
				throw new InvalidInput("recommendations", "audit.rec.plan.stale");
			}
			for (String text : shown) {
				UUID rid = uuid(text);
				seen.add(rid);
				String owner = form.getFirst("owner-" + rid);
				if (owner != null && !owner.isBlank()) {
					owners.put(rid, Typed.choice(Side.class, owner, "owner", "audit.rec.plan.ownerInvalid"));
				}
			}
			recommendations.toPlan(id, principal.accountId(), new Recommendations.PlanMove(
					Typed.date(dueOn, "dueOn", "audit.rec.date.invalid"), owners, seen));
			return "redirect:/audits/" + id + "/recommendations?planned#plan";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("planError", invalid.messageKey());
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("planError", "audit.rec.plan.stale");
		}
		model.addAttribute("planDueOn", dueOn);
		return list(model, principal, id, new RecommendationForm());
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("recommendations", "audit.rec.plan.stale");
		}
	}

	private String list(Model model, TandemPrincipal principal, UUID id, RecommendationForm form) {
		header.add(model, id, principal.accountId());
		List<AuditFindings.Recommended> all = read.recommendations(id, principal.accountId());
		model.addAttribute("recommendations", all);
		Map<UUID, String> rendered = new HashMap<>();
		all.forEach(r -> rendered.put(r.recommendation().id(), markdown.html(r.recommendation().action())));
		model.addAttribute("rendered", rendered);
		model.addAttribute("findings", read.findings(id, principal.accountId()));
		model.addAttribute("waiting", recommendations.waiting(id, principal.accountId()));
		model.addAttribute("decisions", List.of(RecommendationStatus.ACCEPTED, RecommendationStatus.POSTPONED,
				RecommendationStatus.DECLINED));
		model.addAttribute("owners", List.of(Side.ORGANIZATION, Side.PROVIDER));
		choices(model);
		model.addAttribute("recommendationForm", form);
		return "audit/recommendations";
	}

	private String page(Model model, TandemPrincipal principal, UUID id, AuditFindings.Recommended r,
			RecommendationForm form) {
		header.add(model, id, principal.accountId());
		model.addAttribute("rec", r);
		model.addAttribute("findings", read.findings(id, principal.accountId()));
		choices(model);
		model.addAttribute("recommendationForm", form);
		return "audit/recommendation";
	}

	private static void choices(Model model) {
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("currencies", Workspaces.CURRENCIES);
	}

}
