package org.tandem.cohort.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Coordinator;
import org.tandem.cohort.domain.MemberOrganization;
import org.tandem.cohort.domain.MemberProvider;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.validation.Valid;

/**
 * Staff keep the cohorts: the list (newest term first, 50 a page), a new one, and one cohort's page with its terms,
 * its status, its organizations and providers (added, leaving, taken back) and its coordinators.
 */
@Controller
class StaffCohortController {

	private final CohortService cohorts;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final Clock clock;

	private final org.tandem.cohort.domain.Enlistments enlistments;

	StaffCohortController(CohortService cohorts, Organizations organizations, Providers providers, Accounts accounts,
			Clock clock, org.tandem.cohort.domain.Enlistments enlistments) {
		this.enlistments = enlistments;
		this.cohorts = cohorts;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/staff/cohorts")
	String list(@RequestParam(defaultValue = "") String after, Model model) {
		CohortService.Page page;
		try {
			page = cohorts.page(after, CohortService.PAGE_SIZE);
		}
		catch (InvalidInput notOurs) {
			page = cohorts.page(null, CohortService.PAGE_SIZE);
			after = "";
		}
		model.addAttribute("cohorts", page.cohorts());
		model.addAttribute("next", page.next());
		model.addAttribute("first", after.isEmpty());
		return "cohort/staff-list";
	}

	@GetMapping("/staff/cohorts/new")
	String newForm(TandemPrincipal principal, Model model) {
		return createPage(model, CohortForm.fresh(LocalDate.now(clock), principal.accountId()));
	}

	@PostMapping("/staff/cohorts")
	String create(TandemPrincipal principal, @Valid @ModelAttribute("form") CohortForm form, BindingResult binding,
			Model model) {
		Cohort.Terms terms = form.terms(binding);
		Set<UUID> coordinators = form.coordinatorIds(binding);
		if (terms == null || coordinators == null) {
			return createPage(model, form);
		}
		try {
			Cohort cohort = cohorts.create(terms, coordinators, principal.accountId());
			return "redirect:/staff/cohorts/" + cohort.id() + "?created";
		}
		catch (InvalidInput invalid) {
			binding.rejectValue(invalid.field(), invalid.messageKey());
			return createPage(model, form);
		}
	}

	@GetMapping("/staff/cohorts/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "") String after, Model model) {
		Cohort cohort = cohorts.get(id);
		return detail(model, cohort, CohortForm.of(cohort), after);
	}

	@PostMapping("/staff/cohorts/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") CohortForm form, BindingResult binding,
			Model model) {
		Cohort cohort = cohorts.get(id);
		Cohort.Terms terms = form.terms(binding);
		if (terms == null) {
			return detail(model, cohort, form, "");
		}
		try {
			cohorts.change(id, form.getVersion(), terms);
			return "redirect:/staff/cohorts/" + id + "?saved";
		}
		catch (InvalidInput invalid) {
			if (invalid.field().equals("version") || invalid.field().equals("status")) {
				binding.reject(invalid.messageKey());
			}
			else {
				binding.rejectValue(invalid.field(), invalid.messageKey());
			}
			return detail(model, cohort, form, "");
		}
	}

	@PostMapping("/staff/cohorts/{id}/status")
	String move(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		return act(model, id, "statusError", () -> {
			CohortStatus status = java.util.Arrays.stream(CohortStatus.values())
				.filter(s -> s.name().equals(to))
				.findFirst()
				.orElseThrow(() -> new InvalidInput("status", "cohort.status.notAllowed"));
			cohorts.move(id, version, status, principal.accountId());
			return "moved";
		});
	}

	@PostMapping("/staff/cohorts/{id}/organizations")
	String addOrganization(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organization,
			Model model) {
		return act(model, id, "organizationError", () -> {
			if (organization == null) {
				throw new InvalidInput("organization", "cohort.organization.unknown");
			}
			cohorts.addOrganization(id, organization);
			return "organizationAdded";
		});
	}

	@PostMapping("/staff/cohorts/{id}/organizations/{organizationId}/leave")
	String organizationLeaves(@PathVariable UUID id, @PathVariable UUID organizationId, Model model) {
		return act(model, id, "organizationError", () -> {
			cohorts.organizationLeaves(id, organizationId);
			return "organizationLeft";
		});
	}

	@PostMapping("/staff/cohorts/{id}/organizations/{organizationId}/remove")
	String removeOrganization(@PathVariable UUID id, @PathVariable UUID organizationId, Model model) {
		return act(model, id, "organizationError", () -> {
			cohorts.removeOrganization(id, organizationId);
			return "organizationRemoved";
		});
	}

	@PostMapping("/staff/cohorts/{id}/providers")
	String addProvider(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID provider, Model model) {
		return act(model, id, "providerError", () -> {
			if (provider == null) {
				throw new InvalidInput("provider", "cohort.provider.notActive");
			}
			cohorts.addProvider(id, provider);
			return "providerAdded";
		});
	}

	@PostMapping("/staff/cohorts/{id}/providers/{providerId}/leave")
	String providerLeaves(@PathVariable UUID id, @PathVariable UUID providerId, Model model) {
		return act(model, id, "providerError", () -> {
			cohorts.providerLeaves(id, providerId);
			return "providerLeft";
		});
	}

	@PostMapping("/staff/cohorts/{id}/providers/{providerId}/remove")
	String removeProvider(@PathVariable UUID id, @PathVariable UUID providerId, Model model) {
		return act(model, id, "providerError", () -> {
			cohorts.removeProvider(id, providerId);
			return "providerRemoved";
		});
	}

	@PostMapping("/staff/cohorts/{id}/coordinators")
	String addCoordinator(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID account, Model model) {
		return act(model, id, "coordinatorError", () -> {
			if (account == null) {
				throw new InvalidInput("coordinator", "cohort.coordinator.notStaff");
			}
			cohorts.addCoordinator(id, account);
			return "coordinatorAdded";
		});
	}

	@PostMapping("/staff/cohorts/{id}/coordinators/{accountId}/remove")
	String removeCoordinator(@PathVariable UUID id, @PathVariable UUID accountId, Model model) {
		return act(model, id, "coordinatorError", () -> {
			cohorts.removeCoordinator(id, accountId);
			return "coordinatorRemoved";
		});
	}

	/** Does one change and goes back to the page saying so; a refusal shows the page with its message in place. */
	private String act(Model model, UUID id, String errorName, Supplier<String> change) {
		cohorts.get(id);
		try {
			return "redirect:/staff/cohorts/" + id + "?" + change.get();
		}
		catch (InvalidInput invalid) {
			model.addAttribute(errorName, invalid.messageKey());
			Cohort cohort = cohorts.get(id);
			return detail(model, cohort, CohortForm.of(cohort), "");
		}
	}

	private String createPage(Model model, CohortForm form) {
		model.addAttribute("form", form);
		model.addAttribute("languages", Cohort.LANGUAGES);
		model.addAttribute("staff", cohorts.staffAccounts());
		return "cohort/staff-new";
	}

	private String detail(Model model, Cohort cohort, CohortForm form, String after) {
		model.addAttribute("cohort", cohort);
		model.addAttribute("waiting", enlistments.waiting(cohort.id()));
		model.addAttribute("form", form);
		model.addAttribute("languages", Cohort.LANGUAGES);
		model.addAttribute("next", cohort.status().next().orElse(null));
		model.addAttribute("mayGoBack", cohort.status() == CohortStatus.RECRUITING);
		model.addAttribute("open", cohort.status() != CohortStatus.CLOSED);
		model.addAttribute("beforeTheTerm",
				cohort.status() == CohortStatus.PLANNED || cohort.status() == CohortStatus.RECRUITING);
		List<MemberOrganization> organizationRecord = cohort.organizationRecord();
		Set<UUID> named = new LinkedHashSet<>();
		cohort.presentOrganizations().forEach(m -> named.add(m.organizationId()));
		organizationRecord.forEach(m -> {
			if (named.size() < Organizations.NAMES_LIMIT) {
				named.add(m.organizationId());
			}
		});
		model.addAttribute("organizationRecord", organizationRecord);
		model.addAttribute("organizationNames", organizations.names(named));
		List<MemberProvider> providerRecord = cohort.providerRecord();
		model.addAttribute("providerRecord", providerRecord);
		Map<UUID, String> activeProviders = cohorts.activeProviders();
		List<UUID> providerIds = new ArrayList<>(providerRecord.stream().map(MemberProvider::providerId).toList());
		model.addAttribute("providerNames", providers.names(providerIds));
		activeProviders.keySet().removeIf(p -> cohort.presentProvider(p).isPresent());
		model.addAttribute("providerChoices", activeProviders);
		Organizations.Choices choices = organizations.choices(after);
		model.addAttribute("organizationChoices", choices.choices()
			.stream()
			.filter(c -> cohort.presentOrganization(c.id()).isEmpty())
			.toList());
		model.addAttribute("organizationChoicesNext", choices.next());
		model.addAttribute("organizationChoicesFirst", after.isEmpty());
		Map<UUID, Accounts.Person> people = accounts
			.byIds(cohort.coordinators().stream().map(Coordinator::accountId).toList());
		model.addAttribute("coordinatorNames", people);
		model.addAttribute("staff", cohorts.staffAccounts()
			.stream()
			.filter(p -> !cohort.isCoordinator(p.id()))
			.toList());
		model.addAttribute("organizationsPresent", cohort.presentOrganizations().size());
		model.addAttribute("providersPresent", cohort.presentProviders().size());
		return "cohort/staff-detail";
	}

}
