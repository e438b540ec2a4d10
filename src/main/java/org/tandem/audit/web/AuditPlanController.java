package org.tandem.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.audit.domain.AuditPlans;
import org.tandem.audit.domain.Proposal;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * An audit's plan: the activities picked, in their order (moved up or down one place at a time, by buttons that need
 * no script) and on their days, the total time against the time available, and what Tandem proposes with why each
 * fits or what is missing. The organization's side reads it; the auditor's side changes it.
 */
@Controller
class AuditPlanController {

	/** The most day fields one schedule form sends: one per activity. */
	private static final int DAYS_LIMIT = AuditPlans.ACTIVITY_LIMIT;

	private final AuditPlans plans;

	private final Organizations organizations;

	private final AuditContextPages pages;

	private final AuditFormat format;

	AuditPlanController(AuditPlans plans, Organizations organizations, AuditContextPages pages, AuditFormat format) {
		this.plans = plans;
		this.organizations = organizations;
		this.pages = pages;
		this.format = format;
	}

	@GetMapping("/audits/{id}/plan")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model, Locale locale) {
		return page(model, principal, id, null, null, locale);
	}

	@PostMapping("/audits/{id}/plan/activities")
	String pick(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID activity, Model model, Locale locale) {
		try {
			if (activity == null) {
				throw new InvalidInput("activity", "audit.plan.activity.unknown");
			}
			UUID planned = plans.pick(id, principal.accountId(), activity).id();
			return "redirect:/audits/" + id + "/plan?picked#planned-" + planned;
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, invalid.messageKey(), null, locale);
		}
	}

	@PostMapping("/audits/{id}/plan/activities/{plannedId}/move")
	String move(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId,
			@RequestParam(defaultValue = "") String direction, Model model, Locale locale) {
		try {
			if (!direction.equals("up") && !direction.equals("down")) {
				throw new InvalidInput("direction", "audit.plan.move.invalid");
			}
			plans.move(id, principal.accountId(), plannedId, direction.equals("up"));
			return "redirect:/audits/" + id + "/plan?moved#planned-" + plannedId;
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, invalid.messageKey(), null, locale);
		}
	}

	@PostMapping("/audits/{id}/plan/activities/{plannedId}/remove")
	String remove(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID plannedId, Model model,
			Locale locale) {
		try {
			plans.remove(id, principal.accountId(), plannedId);
			return "redirect:/audits/" + id + "/plan?removed#planned";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, invalid.messageKey(), null, locale);
		}
	}

	/** The days of every activity at once, each field named {@code day-<activity id>}, an empty one for no day. */
	@PostMapping("/audits/{id}/plan/days")
	String schedule(TandemPrincipal principal, @PathVariable UUID id, @RequestParam Map<String, String> fields,
			Model model, Locale locale) {
		Map<String, String> typed = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith("day-") && typed.size() < DAYS_LIMIT) {
				typed.put(name, value.length() > 20 ? value.substring(0, 20) : value);
			}
		});
		try {
			Map<UUID, @Nullable LocalDate> days = new HashMap<>();
			for (Map.Entry<String, String> field : typed.entrySet()) {
				UUID planned;
				try {
					planned = UUID.fromString(field.getKey().substring(4));
				}
				catch (IllegalArgumentException notAnId) {
					continue;
				}
				days.put(planned, date(field.getKey(), field.getValue()));
			}
			plans.schedule(id, principal.accountId(), days);
			return "redirect:/audits/" + id + "/plan?scheduled#planned";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("typedDays", typed);
			model.addAttribute("dayErrorField", invalid.field());
			return page(model, principal, id, null, invalid.messageKey(), locale);
		}
	}

	private static @Nullable LocalDate date(String field, String typed) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidInput(field, "audit.plan.day.invalid");
		}
	}

	private CandidateView view(Proposal.Candidate candidate, Map<String, String> skills, Locale locale) {
		return new CandidateView(candidate, candidate.reasons()
			.stream()
			.map(r -> new ReasonLine(r.verdict().name().toLowerCase(Locale.ROOT), format.reason(r, skills, locale)))
			.toList());
	}

	/** A proposed activity with its reasons as the page shows them. */
	record CandidateView(Proposal.Candidate candidate, java.util.List<ReasonLine> reasons) {
	}

	/** One reason: its verdict (ok, gap, no) and its sentence as HTML, numbers isolated. */
	record ReasonLine(String verdict, String html) {
	}

	private String page(Model model, TandemPrincipal principal, UUID id, @Nullable String planError,
			@Nullable String dayError, Locale locale) {
		AuditPlans.PlanView plan = plans.view(id, principal.accountId(), locale);
		model.addAttribute("plan", plan);
		model.addAttribute("audit", plan.audit());
		model.addAttribute("organizationName", organizations.name(plan.audit().organizationId()).orElse(""));
		Map<String, String> skills = pages.skillTitles(locale);
		model.addAttribute("skillTitles", skills);
		model.addAttribute("balanceHtml", format.balance(plan.balance(), locale));
		model.addAttribute("fitting", plan.fitting().stream().map(c -> view(c, skills, locale)).toList());
		model.addAttribute("notFitting", plan.notFitting().stream().map(c -> view(c, skills, locale)).toList());
		model.addAttribute("planError", planError);
		model.addAttribute("dayError", dayError);
		if (!model.containsAttribute("typedDays")) {
			Map<String, String> days = new HashMap<>();
			plan.planned().forEach(p -> days.put("day-" + p.activity().id(),
					p.activity().plannedOn() == null ? "" : p.activity().plannedOn().toString()));
			model.addAttribute("typedDays", days);
		}
		return "audit/plan";
	}

}
