package org.tandem.engagement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.tandem.engagement.Agreement;
import org.tandem.engagement.Level;
import org.tandem.engagement.Phase;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Participant;
import org.tandem.engagement.domain.Risk;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.validation.Valid;

/**
 * The participants' pages: their engagements, and one engagement's workspace (where it is and what is next, the
 * phase, Create Space's agreements, the risk register). Every handler goes through the service with the signed-in
 * account, which answers "not found" to anyone who does not take part.
 */
@Controller
class EngagementController {

	private final EngagementService engagements;

	private final Providers providers;

	private final Accounts accounts;

	private final org.tandem.organization.Organizations organizations;

	private final org.tandem.engagement.domain.Plans plans;

	private final org.tandem.engagement.domain.Pseudonyms pseudonyms;

	EngagementController(EngagementService engagements, Providers providers, Accounts accounts,
			org.tandem.organization.Organizations organizations, org.tandem.engagement.domain.Plans plans,
			org.tandem.engagement.domain.Pseudonyms pseudonyms) {
		this.pseudonyms = pseudonyms;
		this.organizations = organizations;
		this.plans = plans;
		this.engagements = engagements;
		this.providers = providers;
		this.accounts = accounts;
	}

	@GetMapping("/engagements")
	String list(TandemPrincipal principal, @RequestParam(defaultValue = "") String after, Model model) {
		org.tandem.engagement.domain.EngagementPages.Page page = engagements.page(principal.accountId(), after);
		List<Engagement> mine = page.engagements();
		model.addAttribute("engagements", mine);
		model.addAttribute("next", page.next());
		boolean first = after.isEmpty();
		model.addAttribute("first", first);
		model.addAttribute("providerNames", providers.names(mine.stream().map(Engagement::providerId).toList()));
		model.addAttribute("organizationNames",
				organizations.names(mine.stream().map(Engagement::organizationId).toList()));
		model.addAttribute("due", plans.dueThisWeek(principal.accountId()));
		model.addAttribute("pseudonymWaiting", first && pseudonyms.waiting(principal.accountId()));
		model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
		return "engagement/list";
	}

	@GetMapping("/engagements/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		Engagement engagement = engagements.get(id, principal.accountId());
		return workspace(model, principal, engagement, AgreementsForm.of(engagement), new RiskForm());
	}

	@PostMapping("/engagements/{id}/phase")
	String move(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(required = false) Phase to,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			if (to == null) {
				throw new InvalidInput("phase", "engagement.phase.notAllowed");
			}
			engagements.moveTo(id, principal.accountId(), to, version);
			return "redirect:/engagements/" + id + "?moved";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("phaseError", invalid.messageKey());
			Engagement engagement = engagements.get(id, principal.accountId());
			return workspace(model, principal, engagement, AgreementsForm.of(engagement), new RiskForm());
		}
	}

	@PostMapping("/engagements/{id}/agreements")
	String agree(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("agreementsForm") AgreementsForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				engagements.agree(id, principal.accountId(), form.texts(), form.getVersion());
				return "redirect:/engagements/" + id + "?agreed#create-space";
			}
			catch (InvalidInput invalid) {
				binding.reject(invalid.messageKey());
			}
		}
		return workspace(model, principal, engagements.get(id, principal.accountId()), form, new RiskForm());
	}

	@PostMapping("/engagements/{id}/risks")
	String addRisk(TandemPrincipal principal, @PathVariable UUID id, @Valid @ModelAttribute("riskForm") RiskForm form,
			BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				engagements.addRisk(id, principal.accountId(), form.line());
				return "redirect:/engagements/" + id + "?riskAdded#risks";
			}
			catch (InvalidInput invalid) {
				binding.reject(invalid.messageKey());
			}
		}
		Engagement engagement = engagements.get(id, principal.accountId());
		return workspace(model, principal, engagement, AgreementsForm.of(engagement), form);
	}

	@GetMapping("/engagements/{id}/risks/{riskId}")
	String editRisk(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID riskId, Model model) {
		Risk risk = engagements.risk(id, principal.accountId(), riskId);
		return riskPage(model, risk, RiskForm.of(risk));
	}

	@PostMapping("/engagements/{id}/risks/{riskId}")
	String changeRisk(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID riskId,
			@Valid @ModelAttribute("riskForm") RiskForm form, BindingResult binding, Model model) {
		Risk risk = engagements.risk(id, principal.accountId(), riskId);
		if (!binding.hasErrors()) {
			try {
				engagements.changeRisk(id, principal.accountId(), riskId, form.line(), form.getVersion());
				return "redirect:/engagements/" + id + "?riskChanged#risks";
			}
			catch (InvalidInput invalid) {
				binding.reject(invalid.messageKey());
			}
		}
		return riskPage(model, risk, form);
	}

	@PostMapping("/engagements/{id}/risks/{riskId}/remove")
	String removeRisk(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID riskId) {
		engagements.removeRisk(id, principal.accountId(), riskId);
		return "redirect:/engagements/" + id + "?riskRemoved#risks";
	}

	private String workspace(Model model, TandemPrincipal principal, Engagement engagement, AgreementsForm agreements,
			RiskForm risk) {
		model.addAttribute("engagement", engagement);
		model.addAttribute("providerName", providers.names(List.of(engagement.providerId()))
			.getOrDefault(engagement.providerId(), ""));
		Map<UUID, Accounts.Person> people = accounts
			.byIds(engagement.participants().stream().map(Participant::accountId).toList());
		model.addAttribute("participants", engagement.participants()
			.stream()
			.sorted(java.util.Comparator.comparing(Participant::side).thenComparing(Participant::addedAt))
			.map(p -> new ParticipantRow(p, people.containsKey(p.accountId())
					? people.get(p.accountId()).displayName() : ""))
			.toList());
		model.addAttribute("mySide", engagement.sideOf(principal.accountId()).orElseThrow());
		model.addAttribute("mayExport",
				org.tandem.engagement.export.EngagementExports.mayExport(engagement, principal.accountId()));
		model.addAttribute("phases", Arrays.stream(Phase.values()).filter(p -> p.ordinal() <= Phase.ACTUALISE.ordinal())
			.toList());
		model.addAttribute("risks", engagements.risks(engagement.id(), principal.accountId()));
		model.addAttribute("levels", Level.values());
		model.addAttribute("topics", Agreement.values());
		model.addAttribute("agreementsForm", agreements);
		model.addAttribute("riskForm", risk);
		return "engagement/workspace";
	}

	private String riskPage(Model model, Risk risk, RiskForm form) {
		model.addAttribute("risk", risk);
		model.addAttribute("levels", Level.values());
		model.addAttribute("riskForm", form);
		return "engagement/risk";
	}

	/** A participant with the name the page shows. */
	record ParticipantRow(Participant participant, String name) {
	}

}
