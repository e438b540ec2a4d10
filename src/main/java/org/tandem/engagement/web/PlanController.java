package org.tandem.engagement.web;

import java.util.List;
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
import org.tandem.account.Accounts;
import org.tandem.directory.Providers;
import org.tandem.engagement.PlanStatus;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Means;
import org.tandem.engagement.domain.PlanItem;
import org.tandem.engagement.domain.PlanView;
import org.tandem.engagement.domain.Plans;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.validation.Valid;

/**
 * The plan's pages: its totals against the organization's means with a warning where they do not fit, its items, the
 * organization's approval and what changed since. Every handler goes through the services with the signed-in account,
 * which answer "not found" to anyone who does not take part.
 */
@Controller
class PlanController {

	private final Plans plans;

	private final EngagementService engagements;

	private final Providers providers;

	private final Accounts accounts;

	PlanController(Plans plans, EngagementService engagements, Providers providers, Accounts accounts) {
		this.plans = plans;
		this.engagements = engagements;
		this.providers = providers;
		this.accounts = accounts;
	}

	@GetMapping("/engagements/{id}/plan")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		PlanView view = plans.view(id, principal.accountId());
		return page(model, principal, view, null, null, null);
	}

	@PostMapping("/engagements/{id}/plan/means")
	String stateMeans(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("meansForm") MeansForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				plans.stateMeans(id, principal.accountId(), form.means(), form.getRevision());
				return "redirect:/engagements/" + id + "/plan?meansStated#means";
			}
			catch (InvalidInput invalid) {
				if (invalid.field().equals("side")) {
					// the provider's page has no means form to show the refusal on
					return page(model, principal, plans.view(id, principal.accountId()), null, null,
							invalid.messageKey());
				}
				reject(binding, invalid, List.of("hoursPerMonth", "budget", "currency", "deadline"));
			}
		}
		return page(model, principal, plans.view(id, principal.accountId()), form, null, null);
	}

	@PostMapping("/engagements/{id}/plan/items")
	String addItem(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult binding, Model model) {
		PlanView view = plans.view(id, principal.accountId());
		if (!binding.hasErrors()) {
			try {
				plans.addItem(id, principal.accountId(), form.entry(view.means().fractionDigits()));
				return "redirect:/engagements/" + id + "/plan?itemAdded#items";
			}
			catch (InvalidInput invalid) {
				reject(binding, invalid, ITEM_FIELDS);
			}
		}
		return page(model, principal, view, null, form, null);
	}

	@GetMapping("/engagements/{id}/plan/items/{itemId}")
	String editItem(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		PlanItem item = plans.item(id, principal.accountId(), itemId);
		PlanView view = plans.view(id, principal.accountId());
		return itemPage(model, item, PlanItemForm.of(item, view.means().fractionDigits()));
	}

	@PostMapping("/engagements/{id}/plan/items/{itemId}")
	String changeItem(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult binding, Model model) {
		PlanItem item = plans.item(id, principal.accountId(), itemId);
		PlanView view = plans.view(id, principal.accountId());
		if (!binding.hasErrors()) {
			try {
				plans.changeItem(id, principal.accountId(), itemId, form.entry(view.means().fractionDigits()),
						form.getVersion());
				return "redirect:/engagements/" + id + "/plan?itemChanged#items";
			}
			catch (InvalidInput invalid) {
				reject(binding, invalid, ITEM_FIELDS);
			}
		}
		return itemPage(model, item, form);
	}

	@PostMapping("/engagements/{id}/plan/items/{itemId}/status")
	String mark(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID itemId,
			@RequestParam(required = false) @Nullable PlanStatus status, Model model) {
		try {
			if (status == null) {
				throw new InvalidInput("status", "engagement.plan.statusInvalid");
			}
			plans.mark(id, principal.accountId(), itemId, status);
			return "redirect:/engagements/" + id + "/plan?itemMarked#items";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, plans.view(id, principal.accountId()), null, null, invalid.messageKey());
		}
	}

	@PostMapping("/engagements/{id}/plan/items/{itemId}/remove")
	String removeItem(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		try {
			plans.removeItem(id, principal.accountId(), itemId);
			return "redirect:/engagements/" + id + "/plan?itemRemoved#items";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, plans.view(id, principal.accountId()), null, null, invalid.messageKey());
		}
	}

	@PostMapping("/engagements/{id}/plan/approval")
	String approve(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "-1") long revision, Model model) {
		try {
			plans.approve(id, principal.accountId(), revision);
			return "redirect:/engagements/" + id + "/plan?approved#approval";
		}
		catch (InvalidInput invalid) {
			// a stale page: the current plan is shown, to be read before approving it
			return page(model, principal, plans.view(id, principal.accountId()), null, null, invalid.messageKey());
		}
	}

	private static final List<String> ITEM_FIELDS = List.of("title", "outcome", "owner", "dueOn", "effort", "cost");

	/** A refusal next to its field when the form has one, above the form otherwise. */
	private static void reject(BindingResult binding, InvalidInput invalid, List<String> fields) {
		if (fields.contains(invalid.field())) {
			binding.rejectValue(invalid.field(), invalid.messageKey());
		}
		else {
			binding.reject(invalid.messageKey());
		}
	}

	private String page(Model model, TandemPrincipal principal, PlanView view, @Nullable MeansForm means,
			@Nullable PlanItemForm item, @Nullable String planError) {
		Engagement engagement = engagements.get(view.engagementId(), principal.accountId());
		model.addAttribute("engagement", engagement);
		model.addAttribute("plan", view);
		model.addAttribute("providerName", providers.names(List.of(engagement.providerId()))
			.getOrDefault(engagement.providerId(), ""));
		model.addAttribute("mySide", engagement.sideOf(principal.accountId()).orElseThrow());
		model.addAttribute("approvedByName", view.approvedBy() == null ? ""
				: accounts.byIds(List.of(view.approvedBy())).entrySet().stream().findFirst()
					.map(e -> e.getValue().displayName()).orElse(""));
		model.addAttribute("currencies", Means.CURRENCIES);
		model.addAttribute("owners", List.of(Side.ORGANIZATION, Side.PROVIDER));
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("meansForm", means != null ? means : MeansForm.of(view.means(), view.revision()));
		model.addAttribute("itemForm", item != null ? item : new PlanItemForm());
		model.addAttribute("planError", planError);
		return "engagement/plan";
	}

	private String itemPage(Model model, PlanItem item, PlanItemForm form) {
		model.addAttribute("item", item);
		model.addAttribute("owners", List.of(Side.ORGANIZATION, Side.PROVIDER));
		model.addAttribute("itemForm", form);
		return "engagement/plan-item";
	}

}
