package org.tandem.intake.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.intake.RequestReference;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Approach;
import org.tandem.intake.domain.HelpRequest;
import org.tandem.intake.domain.Inactivity;
import org.tandem.intake.domain.Holders;
import org.tandem.intake.domain.IntakeService;
import org.tandem.intake.domain.Casework;
import org.tandem.intake.domain.RequestConversation;
import org.tandem.intake.domain.ReferralTemplate;
import org.tandem.intake.domain.RiskLevel;
import org.tandem.intake.domain.ServiceNeed;
import org.tandem.intake.domain.Triage;
import org.tandem.intake.Urgency;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/** Hub staff work the queue: filter and sort it, open a request, move it on, write, note, assign, assess. */
@Controller
class StaffRequestController {

	private final IntakeService intake;

	private final Casework casework;

	private final RequestConversation conversation;

	private final Inactivity inactivity;

	private final Holders holders;

	private final org.tandem.intake.domain.RequesterService requesters;

	private final QueueLines lines;

	StaffRequestController(IntakeService intake, Casework casework, RequestConversation conversation,
			Inactivity inactivity, Holders holders, org.tandem.intake.domain.RequesterService requesters,
			QueueLines lines) {
		this.lines = lines;
		this.requesters = requesters;
		this.intake = intake;
		this.casework = casework;
		this.conversation = conversation;
		this.inactivity = inactivity;
		this.holders = holders;
	}

	@GetMapping("/staff/requests")
	String queue(TandemPrincipal principal, @ModelAttribute("filter") QueueFilterForm filter, BindingResult binding,
			Model model, java.util.Locale locale, jakarta.servlet.http.HttpServletRequest request) {
		Triage.Filter query = binding.hasErrors() ? Triage.Filter.open() : filter.filter();
		String typed = filter.getReference().strip();
		if (!typed.isEmpty()) {
			Optional<String> reference = RequestReference.normalize(typed);
			if (reference.isPresent()) {
				Triage.Page found = intake.queue(Triage.Filter.reference(reference.get()), principal.accountId());
				if (found.rows().size() == 1) {
					return "redirect:/staff/requests/" + found.rows().getFirst().id();
				}
				model.addAttribute("referenceMissing", reference.get());
			}
			else {
				model.addAttribute("referenceInvalid", true);
			}
		}
		Triage.Page page = intake.queue(query, principal.accountId());
		model.addAttribute("results", page);
		model.addAttribute("counts", intake.counts());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("languages", RequestForm.LANGUAGES);
		model.addAttribute("sorts", Triage.Sort.values());
		model.addAttribute("assignees", Triage.Assignee.values());
		model.addAttribute("ages", QueueFilterForm.AGES);
		// where each handed-over request on the page stands, as its holder says: one query per holder per page
		model.addAttribute("rows", lines.markup(lines.of(page.rows(), peopleOf(page), inactivity.near(page.rows()),
				holders.progress(page.rows().stream()
					.filter(row -> row.status() == RequestStatus.HANDED_OVER).map(Triage.Row::id).toList()),
				locale), request.getContextPath(), locale));
		return "intake/queue";
	}

	@GetMapping("/staff/requests/{id}")
	String show(@PathVariable UUID id, Model model) {
		return detail(model, id, new MessageForm(), new MessageForm(), null);
	}

	@PostMapping("/staff/requests/{id}/status")
	String move(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(required = false) @Nullable RequestStatus to,
			Model model) {
		if (to == null || to == RequestStatus.HANDED_OVER) {
			// handing over is choosing providers, on the matching page
			return detail(model, id, new MessageForm(), new MessageForm(), "intake.status.notAllowed");
		}
		try {
			casework.move(id, to, principal.accountId());
			return "redirect:/staff/requests/" + id + "?moved";
		}
		catch (InvalidInput invalid) {
			return detail(model, id, new MessageForm(), new MessageForm(), invalid.messageKey());
		}
	}

	@PostMapping("/staff/requests/{id}/decline")
	String decline(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable ReferralTemplate template,
			@RequestParam(defaultValue = "") String addition, Model model) {
		model.addAttribute("addition", addition);
		if (template == null) {
			return detail(model, id, new MessageForm(), new MessageForm(), "intake.decline.templateRequired");
		}
		try {
			casework.decline(id, template, addition, principal.accountId());
			return "redirect:/staff/requests/" + id + "?declined";
		}
		catch (InvalidInput invalid) {
			return detail(model, id, new MessageForm(), new MessageForm(), invalid.messageKey());
		}
	}

	@PostMapping("/staff/requests/{id}/messages")
	String write(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("messageForm") MessageForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				conversation.staffWrites(id, form.getBody(), form.isAsksForInformation(), principal.accountId());
				return "redirect:/staff/requests/" + id + "?sent#messages";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue("body", invalid.messageKey());
			}
		}
		return detail(model, id, form, new MessageForm(), null);
	}

	@PostMapping("/staff/requests/{id}/notes")
	String note(TandemPrincipal principal, @PathVariable UUID id, @Valid @ModelAttribute("noteForm") MessageForm form,
			BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				conversation.note(id, form.getBody(), principal.accountId());
				return "redirect:/staff/requests/" + id + "?noted#notes";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue("body", invalid.messageKey());
			}
		}
		return detail(model, id, new MessageForm(), form, null);
	}

	@PostMapping("/staff/requests/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID assignee, Model model) {
		try {
			casework.assign(id, assignee);
			return "redirect:/staff/requests/" + id + "?assigned";
		}
		catch (InvalidInput invalid) {
			return detail(model, id, new MessageForm(), new MessageForm(), invalid.messageKey());
		}
	}

	@PostMapping("/staff/requests/{id}/seen")
	String seen(@PathVariable UUID id) {
		conversation.markSeen(id);
		return "redirect:/staff/requests/" + id + "?seen";
	}

	@PostMapping("/staff/requests/{id}/assessment")
	String assess(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult binding, Model model) {
		form.check(binding);
		if (!binding.hasErrors()) {
			casework.assess(id, form.assessment(), principal.accountId());
			return "redirect:/staff/requests/" + id + "?assessed#assessment";
		}
		model.addAttribute("assessmentForm", form);
		return detail(model, id, new MessageForm(), new MessageForm(), null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI();
		String detail = path.replaceAll("^(/staff/requests/[0-9a-fA-F-]{36}).*$", "$1");
		return "redirect:" + detail + "?changedMeanwhile";
	}

	private String detail(Model model, UUID id, MessageForm messageForm, MessageForm noteForm,
			@Nullable String error) {
		IntakeService.StaffView view = intake.staffView(id);
		HelpRequest request = view.request();
		model.addAttribute("view", view);
		model.addAttribute("request", request);
		model.addAttribute("messageForm", messageForm);
		model.addAttribute("noteForm", noteForm);
		if (!model.containsAttribute("assessmentForm")) {
			model.addAttribute("assessmentForm", AssessmentForm.of(request));
		}
		model.addAttribute("error", error);
		model.addAttribute("deadline", inactivity.deadline(request).orElse(null));
		model.addAttribute("enlisted", requesters.enlisted(id).orElse(null));
		model.addAttribute("staff", intake.staff());
		model.addAttribute("templates", ReferralTemplate.values());
		model.addAttribute("services", ServiceNeed.values());
		model.addAttribute("risks", RiskLevel.values());
		model.addAttribute("languages", RequestForm.LANGUAGES);
		model.addAttribute("next", request.status().next().stream()
			.filter(s -> s != RequestStatus.DECLINED && s != RequestStatus.HANDED_OVER).toList());
		model.addAttribute("canDecline", request.status().next().contains(RequestStatus.DECLINED));
		model.addAttribute("progress", request.status() == RequestStatus.HANDED_OVER
				? holders.progress(request.id()).orElse(null) : null);
		return "intake/staff-detail";
	}

	/** The names of the staff the listed requests are assigned to: only those accounts are read. */
	private java.util.Map<UUID, String> peopleOf(Triage.Page page) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		intake.people(page.rows().stream().map(Triage.Row::assignedTo).filter(java.util.Objects::nonNull).toList())
			.forEach((id, person) -> names.put(id, person.displayName()));
		return names;
	}

}
