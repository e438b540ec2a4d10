package org.tandem.engagement.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementOverview;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Opening;
import org.tandem.intake.Requests;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff's overview of every engagement (stalest first, what is stuck, the load per provider, taking part) and their
 * openings: confirmed non-anonymous handoffs waiting to be linked to an enrolled organization, and the page
 * that links one, choosing among the organizations 50 at a time.
 */
@Controller
class StaffEngagementController {

	private final EngagementService engagements;

	private final Requests requests;

	private final Providers providers;

	private final Organizations organizations;

	private final EngagementOverview overview;

	StaffEngagementController(EngagementService engagements, EngagementOverview overview, Requests requests,
			Providers providers, Organizations organizations) {
		this.engagements = engagements;
		this.overview = overview;
		this.requests = requests;
		this.providers = providers;
		this.organizations = organizations;
	}

	@GetMapping("/staff/engagements")
	String openings(Model model) {
		List<Opening> waiting = engagements.waiting();
		model.addAttribute("openings", waiting);
		model.addAttribute("references", requests.references(waiting.stream().map(Opening::requestId).toList()));
		model.addAttribute("providerNames", providers.names(waiting.stream().map(Opening::providerId).toList()));
		return "engagement/staff-openings";
	}

	@GetMapping("/staff/engagements/openings/{requestId}")
	String choose(@PathVariable UUID requestId, @RequestParam(defaultValue = "") String after, Model model) {
		return linkPage(model, engagements.waiting(requestId), after, null);
	}

	@PostMapping("/staff/engagements/openings/{requestId}")
	String link(TandemPrincipal principal, @PathVariable UUID requestId,
			@RequestParam(required = false) UUID organization, Model model) {
		Opening opening = engagements.waiting(requestId);
		try {
			if (organization == null) {
				throw new InvalidInput("organization", "engagement.organization.unknown");
			}
			Engagement engagement = engagements.link(requestId, organization, principal.accountId());
			return "redirect:/engagements/" + engagement.id() + "?opened";
		}
		catch (InvalidInput invalid) {
			return linkPage(model, opening, "", invalid.messageKey());
		}
	}

	@GetMapping("/staff/engagements/all")
	String all(TandemPrincipal principal, @RequestParam(defaultValue = "ACTIVE") String state,
			@RequestParam(defaultValue = "") String after, Model model) {
		EngagementOverview.State shown = java.util.Arrays.stream(EngagementOverview.State.values())
			.filter(s -> s.name().equals(state))
			.findFirst()
			.orElse(EngagementOverview.State.ACTIVE);
		EngagementOverview.Page page = overview.page(shown, after, principal.accountId());
		List<org.tandem.engagement.persistence.EngagementLoad.Load> load = overview.load();
		java.util.Set<UUID> providerIds = new java.util.HashSet<>();
		page.rows().forEach(r -> providerIds.add(r.providerId()));
		load.forEach(l -> providerIds.add(l.providerId()));
		model.addAttribute("state", shown);
		model.addAttribute("stuckDays", overview.stuckDays());
		model.addAttribute("states", EngagementOverview.State.values());
		model.addAttribute("rows", page.rows());
		model.addAttribute("next", page.next());
		model.addAttribute("first", after.isEmpty());
		model.addAttribute("load", load);
		model.addAttribute("organizationNames",
				organizations.names(page.rows().stream().map(EngagementOverview.Row::organizationId).toList()));
		model.addAttribute("providerNames", providers.names(providerIds));
		return "engagement/staff-all";
	}

	@PostMapping("/staff/engagements/{id}/take-part")
	String takePart(TandemPrincipal principal, @PathVariable UUID id) {
		overview.takePart(id, principal.accountId());
		return "redirect:/engagements/" + id + "?joined";
	}

	private String linkPage(Model model, Opening opening, String after, @org.jspecify.annotations.Nullable String error) {
		model.addAttribute("opening", opening);
		model.addAttribute("reference", requests.references(List.of(opening.requestId()))
			.getOrDefault(opening.requestId(), ""));
		model.addAttribute("providerName", providers.names(List.of(opening.providerId()))
			.getOrDefault(opening.providerId(), ""));
		model.addAttribute("choices", organizations.choices(after));
		model.addAttribute("linkError", error);
		return "engagement/staff-link";
	}

}
