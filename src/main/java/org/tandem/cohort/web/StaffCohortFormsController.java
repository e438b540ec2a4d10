package org.tandem.cohort.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.account.Accounts;
import org.tandem.cohort.CohortForms;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortFormsService;
import org.tandem.cohort.domain.ExitInterview;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff's side of the forms: which are done for each member (and, while the cohort is closing, which exit interviews
 * are missing before they close it), an organization's intake and outtake, and the exit interviews they record.
 */
@Controller
class StaffCohortFormsController {

	private final CohortFormsService forms;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final Clock clock;

	StaffCohortFormsController(CohortFormsService forms, Organizations organizations, Providers providers,
			Accounts accounts, Clock clock) {
		this.forms = forms;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/staff/cohorts/{id}/forms")
	String overview(@PathVariable UUID id, Model model) {
		Cohort cohort = forms.cohort(id);
		List<CohortForms.FormsDone> done = forms.done(id);
		List<UUID> organizationIds = done.stream().map(CohortForms.FormsDone::organizationId)
			.filter(java.util.Objects::nonNull).toList();
		List<UUID> providerIds = done.stream().map(CohortForms.FormsDone::providerId)
			.filter(java.util.Objects::nonNull).toList();
		model.addAttribute("cohort", cohort);
		model.addAttribute("organizationsDone", done.stream().filter(d -> d.organizationId() != null).toList());
		model.addAttribute("providersDone", done.stream().filter(d -> d.providerId() != null).toList());
		model.addAttribute("organizationNames", organizations.names(organizationIds));
		model.addAttribute("providerNames", providers.names(providerIds));
		model.addAttribute("missingExits", done.stream().filter(d -> !d.exitInterview()).count());
		model.addAttribute("closing", cohort.status() == CohortStatus.CLOSING);
		model.addAttribute("exitsOpen", CohortFormsService.OUTTAKE_OPEN.contains(cohort.status()));
		return "cohort/staff-forms";
	}

	@GetMapping("/staff/cohorts/{id}/organizations/{organizationId}/forms")
	String organizationForms(@PathVariable UUID id, @PathVariable UUID organizationId, Model model) {
		CohortFormsService.Forms found = forms.forms(id, organizationId);
		model.addAttribute("cohort", found.cohort());
		model.addAttribute("intake", found.intake());
		model.addAttribute("outtake", found.outtake());
		model.addAttribute("organizationName", organizations.names(List.of(organizationId)).get(organizationId));
		model.addAttribute("intakeBy", found.intake() == null ? null : name(found.intake().filledBy()));
		model.addAttribute("outtakeBy", found.outtake() == null ? null : name(found.outtake().filledBy()));
		return "cohort/staff-organization-forms";
	}

	@GetMapping("/staff/cohorts/{id}/exit/organizations/{organizationId}")
	String organizationExit(@PathVariable UUID id, @PathVariable UUID organizationId, Model model) {
		return exit(model, id, ExitInterview.Party.ORGANIZATION, organizationId);
	}

	@PostMapping("/staff/cohorts/{id}/exit/organizations/{organizationId}")
	String saveOrganizationExit(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID organizationId,
			@ModelAttribute("form") ExitInterviewForm form, BindingResult binding, Model model) {
		return save(principal, model, id, ExitInterview.Party.ORGANIZATION, organizationId, form, binding);
	}

	@GetMapping("/staff/cohorts/{id}/exit/providers/{providerId}")
	String providerExit(@PathVariable UUID id, @PathVariable UUID providerId, Model model) {
		return exit(model, id, ExitInterview.Party.PROVIDER, providerId);
	}

	@PostMapping("/staff/cohorts/{id}/exit/providers/{providerId}")
	String saveProviderExit(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID providerId,
			@ModelAttribute("form") ExitInterviewForm form, BindingResult binding, Model model) {
		return save(principal, model, id, ExitInterview.Party.PROVIDER, providerId, form, binding);
	}

	private String exit(Model model, UUID id, ExitInterview.Party kind, UUID partyId) {
		ExitInterview interview = forms.exit(id, kind, partyId).orElse(null);
		return exitPage(model, id, kind, partyId, interview, ExitInterviewForm.of(interview, LocalDate.now(clock)));
	}

	private String save(TandemPrincipal principal, Model model, UUID id, ExitInterview.Party kind, UUID partyId,
			ExitInterviewForm form, BindingResult binding) {
		forms.exit(id, kind, partyId);
		ExitInterview.Answers answers = form.answers();
		answers.problems(LocalDate.now(clock)).forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
		if (!binding.hasErrors()) {
			try {
				forms.saveExit(id, kind, partyId, form.getVersion(), answers, principal.accountId());
				return "redirect:" + path(id, kind, partyId) + "?saved";
			}
			catch (InvalidInput refused) {
				CohortFormsController.refuse(binding, refused);
			}
		}
		ExitInterview saved = forms.exit(id, kind, partyId).orElse(null);
		if (saved != null && saved.revision() != form.getVersion()) {
			model.addAttribute("meanwhile", true);
			form.setVersion(saved.revision());
		}
		return exitPage(model, id, kind, partyId, saved, form);
	}

	private String exitPage(Model model, UUID id, ExitInterview.Party kind, UUID partyId,
			@Nullable ExitInterview saved, ExitInterviewForm form) {
		Cohort cohort = forms.cohort(id);
		model.addAttribute("cohort", cohort);
		model.addAttribute("party", kind.name());
		model.addAttribute("partyName", kind == ExitInterview.Party.ORGANIZATION
				? organizations.names(List.of(partyId)).get(partyId) : providers.names(List.of(partyId)).get(partyId));
		model.addAttribute("action", path(id, kind, partyId));
		model.addAttribute("saved", saved);
		model.addAttribute("recordedBy", saved == null ? null : name(saved.recordedBy()));
		model.addAttribute("form", form);
		model.addAttribute("open", CohortFormsService.OUTTAKE_OPEN.contains(cohort.status()));
		model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
		model.addAttribute("againChoices", ExitInterview.Again.values());
		return "cohort/staff-exit";
	}

	private static String path(UUID id, ExitInterview.Party kind, UUID partyId) {
		return "/staff/cohorts/" + id + "/exit/"
				+ (kind == ExitInterview.Party.ORGANIZATION ? "organizations/" : "providers/") + partyId;
	}

	private @Nullable String name(UUID accountId) {
		Map<UUID, Accounts.Person> people = accounts.byIds(Set.of(accountId));
		return people.containsKey(accountId) ? people.get(accountId).displayName() : null;
	}

}
