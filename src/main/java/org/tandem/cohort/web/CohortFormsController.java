package org.tandem.cohort.web;

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
import org.tandem.cohort.CohortAgreements;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.domain.CohortFormsService;
import org.tandem.cohort.domain.Intake;
import org.tandem.cohort.domain.Outtake;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * An organization's intake and outtake, filled by any of its members: only for an organization taking part in the
 * cohort that signed the hub's agreements (before that, the cohort's page says what to sign first). Editable until
 * the cohort is closed; a page that someone else saved meanwhile is refused with what was typed kept.
 */
@Controller
class CohortFormsController {

	private final CohortFormsService forms;

	private final CohortAgreements agreements;

	private final Accounts accounts;

	CohortFormsController(CohortFormsService forms, CohortAgreements agreements, Accounts accounts) {
		this.forms = forms;
		this.agreements = agreements;
		this.accounts = accounts;
	}

	@GetMapping("/cohorts/{id}/intake")
	String intake(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		CohortFormsService.Member member = forms.member(id, principal.accountId());
		if (!signed(member)) {
			return "redirect:/cohorts/" + id;
		}
		Intake intake = forms.intake(id, member.organizationId()).orElse(null);
		return intakePage(model, member, intake, IntakeForm.of(intake));
	}

	@PostMapping("/cohorts/{id}/intake")
	String saveIntake(TandemPrincipal principal, @PathVariable UUID id, @ModelAttribute("form") IntakeForm form,
			BindingResult binding, Model model) {
		CohortFormsService.Member member = forms.member(id, principal.accountId());
		if (!signed(member)) {
			return "redirect:/cohorts/" + id;
		}
		Intake.Answers answers = form.answers();
		answers.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
		if (!binding.hasErrors()) {
			try {
				forms.saveIntake(id, principal.accountId(), form.getVersion(), answers);
				return "redirect:/cohorts/" + id + "/intake?saved";
			}
			catch (InvalidInput refused) {
				refuse(binding, refused);
			}
		}
		Intake saved = forms.intake(id, member.organizationId()).orElse(null);
		if (saved != null && saved.revision() != form.getVersion()) {
			// someone saved meanwhile: theirs is shown beside what was typed; saving again replaces it
			model.addAttribute("meanwhile", true);
			form.setVersion(saved.revision());
		}
		return intakePage(model, member, saved, form);
	}

	@GetMapping("/cohorts/{id}/outtake")
	String outtake(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		CohortFormsService.Member member = forms.member(id, principal.accountId());
		if (!signed(member)) {
			return "redirect:/cohorts/" + id;
		}
		Outtake outtake = forms.outtake(id, member.organizationId()).orElse(null);
		return outtakePage(model, member, outtake, OuttakeForm.of(outtake));
	}

	@PostMapping("/cohorts/{id}/outtake")
	String saveOuttake(TandemPrincipal principal, @PathVariable UUID id, @ModelAttribute("form") OuttakeForm form,
			BindingResult binding, Model model) {
		CohortFormsService.Member member = forms.member(id, principal.accountId());
		if (!signed(member)) {
			return "redirect:/cohorts/" + id;
		}
		Outtake.Answers answers = form.answers();
		answers.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
		if (!binding.hasErrors()) {
			try {
				forms.saveOuttake(id, principal.accountId(), form.getVersion(), answers);
				return "redirect:/cohorts/" + id + "/outtake?saved";
			}
			catch (InvalidInput refused) {
				refuse(binding, refused);
			}
		}
		Outtake saved = forms.outtake(id, member.organizationId()).orElse(null);
		if (saved != null && saved.revision() != form.getVersion()) {
			model.addAttribute("meanwhile", true);
			form.setVersion(saved.revision());
		}
		return outtakePage(model, member, saved, form);
	}

	/** The organization signed each of the hub's agreements it signs, at some version: the cohort's gate. */
	private boolean signed(CohortFormsService.Member member) {
		return agreements.missingFor(member.organizationId()).isEmpty();
	}

	static void refuse(BindingResult binding, InvalidInput refused) {
		if (Set.of("version", "status").contains(refused.field())) {
			binding.reject(refused.messageKey());
		}
		else {
			binding.rejectValue(refused.field(), refused.messageKey());
		}
	}

	private String intakePage(Model model, CohortFormsService.Member member, @Nullable Intake saved,
			IntakeForm form) {
		common(model, member, saved == null ? null : saved.filledBy(),
				CohortFormsService.INTAKE_OPEN.contains(member.cohort().status()));
		model.addAttribute("saved", saved);
		model.addAttribute("form", form);
		return "cohort/intake";
	}

	private String outtakePage(Model model, CohortFormsService.Member member, @Nullable Outtake saved,
			OuttakeForm form) {
		common(model, member, saved == null ? null : saved.filledBy(),
				CohortFormsService.OUTTAKE_OPEN.contains(member.cohort().status()));
		model.addAttribute("saved", saved);
		model.addAttribute("form", form);
		return "cohort/outtake";
	}

	private void common(Model model, CohortFormsService.Member member, @Nullable UUID filledBy, boolean open) {
		model.addAttribute("cohort", member.cohort());
		model.addAttribute("closed", member.cohort().status() == CohortStatus.CLOSED);
		model.addAttribute("open", open);
		model.addAttribute("filledBy", filledBy == null ? null : name(filledBy));
		model.addAttribute("scale", java.util.List.of(1, 2, 3, 4, 5));
	}

	private @Nullable String name(UUID accountId) {
		Map<UUID, Accounts.Person> people = accounts.byIds(Set.of(accountId));
		return people.containsKey(accountId) ? people.get(accountId).displayName() : null;
	}

}
