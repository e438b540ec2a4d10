package org.tandem.cohort.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.account.Accounts;
import org.tandem.cohort.ShownAs;
import org.tandem.cohort.Side;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Coordinator;
import org.tandem.cohort.domain.MemberOrganization;
import org.tandem.cohort.domain.MemberProvider;
import org.tandem.directory.Providers;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.Organizations;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * The cohorts a person takes part in, and one cohort as its participants see it: organizations as each chose to be
 * shown (only the names of those shown by name are opened), providers and coordinators by name. An organization's
 * members choose here how it is shown. Anyone who does not take part is told the cohort does not exist.
 */
@Controller
class CohortController {

	private final CohortService cohorts;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final org.tandem.cohort.CohortAgreements agreements;

	CohortController(CohortService cohorts, Organizations organizations, Providers providers, Accounts accounts,
			org.tandem.cohort.CohortAgreements agreements) {
		this.agreements = agreements;
		this.cohorts = cohorts;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
	}

	@GetMapping("/cohorts")
	String mine(TandemPrincipal principal, Model model) {
		model.addAttribute("cohorts", cohorts.mine(principal.accountId()));
		return "cohort/list";
	}

	@GetMapping("/cohorts/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		CohortService.Participation participation = cohorts.participation(id, principal.accountId());
		Cohort cohort = participation.cohort();
		List<org.tandem.cohort.CohortAgreements.Kind> unsigned = unsigned(participation.side());
		if (!unsigned.isEmpty()) {
			// nobody enters the cohort's space before signing the hub's agreements
			model.addAttribute("cohort", cohort);
			model.addAttribute("unsigned", unsigned);
			return "cohort/sign-first";
		}
		UUID own = participation.side() instanceof Side.Organization o ? o.organizationId() : null;
		List<MemberOrganization> present = cohort.presentOrganizations();
		List<UUID> byName = new ArrayList<>(present.stream()
			.filter(m -> m.shownAs() == ShownAs.NAME || m.organizationId().equals(own))
			.map(MemberOrganization::organizationId)
			.toList());
		Map<UUID, String> names = organizations.names(byName);
		Map<UUID, OrganizationKind> kinds = organizations
			.kinds(present.stream().map(MemberOrganization::organizationId).toList());
		List<OrganizationView> shown = present.stream()
			.map(m -> new OrganizationView(m.organizationId(), byName.contains(m.organizationId())
					? names.get(m.organizationId()) : null, kinds.get(m.organizationId()),
					m.organizationId().equals(own), m.shownAs()))
			.toList();
		model.addAttribute("cohort", cohort);
		model.addAttribute("side", participation.side());
		model.addAttribute("organizations", shown);
		model.addAttribute("own", own == null ? null
				: shown.stream().filter(OrganizationView::own).findFirst().orElse(null));
		List<UUID> providerIds = cohort.presentProviders().stream().map(MemberProvider::providerId).toList();
		Map<UUID, String> providerNames = providers.names(providerIds);
		model.addAttribute("providers", providerIds.stream().map(p -> providerNames.getOrDefault(p, "–")).toList());
		Map<UUID, Accounts.Person> people = accounts
			.byIds(cohort.coordinators().stream().map(Coordinator::accountId).toList());
		model.addAttribute("coordinators", cohort.coordinators()
			.stream()
			.map(c -> people.containsKey(c.accountId()) ? people.get(c.accountId()).displayName() : "–")
			.toList());
		model.addAttribute("shownChoices", ShownAs.values());
		return "cohort/detail";
	}

	/** What the side has still to sign before it enters the cohort's space (staff sign nothing). */
	private List<org.tandem.cohort.CohortAgreements.Kind> unsigned(Side side) {
		if (side instanceof Side.Organization organization) {
			return agreements.missingFor(organization.organizationId());
		}
		if (side instanceof Side.Provider provider && !agreements.providerSigned(provider.providerId())) {
			return List.of(org.tandem.cohort.CohortAgreements.Kind.CONFIDENTIALITY);
		}
		return List.of();
	}

	@PostMapping("/cohorts/{id}/shown")
	String shown(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID organization,
			@RequestParam(defaultValue = "") String shownAs, Model model) {
		ShownAs choice = Set.of(ShownAs.values())
			.stream()
			.filter(s -> s.name().equals(shownAs))
			.findFirst()
			.orElse(null);
		if (organization == null) {
			throw new NotFoundException();
		}
		if (choice == null) {
			// nothing chosen: the page again, as it was (the choice is a pair of radio buttons, one always checked)
			cohorts.participation(id, principal.accountId());
			return "redirect:/cohorts/" + id;
		}
		if (!unsigned(cohorts.participation(id, principal.accountId()).side()).isEmpty()) {
			return "redirect:/cohorts/" + id;
		}
		try {
			cohorts.show(id, principal.accountId(), organization, choice);
			return "redirect:/cohorts/" + id + "?shown";
		}
		catch (org.tandem.platform.InvalidInput refused) {
			model.addAttribute("shownError", refused.messageKey());
			return show(principal, id, model);
		}
	}

	/**
	 * An organization as the reader sees it.
	 *
	 * @param name its name, only when it chose to be shown by name or is the reader's own
	 * @param kind its kind, when it is known
	 */
	public record OrganizationView(UUID id, @Nullable String name, @Nullable OrganizationKind kind, boolean own,
			ShownAs shownAs) {
	}

}
