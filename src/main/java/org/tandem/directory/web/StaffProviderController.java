package org.tandem.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.directory.domain.Vetting;
import org.tandem.directory.persistence.DirectoryQueries;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.PurgeService;

/**
 * Hub staff run the network: the directory with its filters, and each provider's page with the vetting
 * requirements, the ledger, vouches, agreements, a pending profile change and the decisions.
 */
@Controller
class StaffProviderController {

	private final Vetting vetting;

	private final DirectoryQueries queries;

	private final DirectoryPages pages;

	private final ServiceTaxonomy taxonomy;

	private final Actors actors;

	private final PurgeService purges;

	private final Clock clock;

	StaffProviderController(Vetting vetting, DirectoryQueries queries, DirectoryPages pages, ServiceTaxonomy taxonomy,
			Actors actors, PurgeService purges, Clock clock) {
		this.vetting = vetting;
		this.queries = queries;
		this.pages = pages;
		this.taxonomy = taxonomy;
		this.actors = actors;
		this.purges = purges;
		this.clock = clock;
	}

	@GetMapping("/staff/providers")
	String directory(@ModelAttribute("filter") DirectoryFilterForm filter, BindingResult ignored, Model model) {
		model.addAttribute("results",
				queries.search(filter.filter(taxonomy), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
		pages.choices(model);
		return "directory/staff-list";
	}

	@GetMapping("/staff/providers/{id}")
	String show(@PathVariable UUID id, Model model) {
		return detail(model, id, null, new SmallForms.TextForm());
	}

	@PostMapping("/staff/providers/{id}/{action:review|invite|vet|activate|pause|resume|approve-change}")
	String decide(TandemPrincipal principal, @PathVariable UUID id, @PathVariable String action, Model model) {
		Vetting.Actor staff = actors.of(principal);
		try {
			switch (action) {
				case "review" -> vetting.startReview(id, staff);
				case "invite" -> vetting.invite(id, staff);
				case "vet" -> vetting.vet(id, staff);
				case "activate" -> vetting.activate(id, staff);
				case "pause" -> vetting.pause(id, staff);
				case "resume" -> vetting.resume(id, staff);
				default -> vetting.approveChange(id, staff);
			}
			return "redirect:/staff/providers/" + id + "?done=" + action;
		}
		catch (InvalidInput invalid) {
			return detail(model, id, invalid.messageKey(), new SmallForms.TextForm());
		}
	}

	/** Decisions that need a reason, kept sealed in the ledger: back to review, offboard, reject a change, a note. */
	@PostMapping("/staff/providers/{id}/{action:send-to-review|offboard|reject-change|note|vouch}")
	String decideWithText(TandemPrincipal principal, @PathVariable UUID id, @PathVariable String action,
			@Valid @ModelAttribute("textForm") SmallForms.TextForm form, BindingResult binding, Model model) {
		model.addAttribute("textAction", action);
		if (binding.hasErrors()) {
			return detail(model, id, null, form);
		}
		Vetting.Actor staff = actors.of(principal);
		try {
			switch (action) {
				case "send-to-review" -> vetting.sendToReview(id, staff, form.getText());
				case "offboard" -> vetting.offboard(id, staff, form.getText());
				case "reject-change" -> vetting.rejectChange(id, staff, form.getText());
				case "vouch" -> vetting.vouch(id, staff, form.getText());
				default -> vetting.note(id, staff, form.getText());
			}
			return "redirect:/staff/providers/" + id + "?done=" + action;
		}
		catch (InvalidInput invalid) {
			binding.rejectValue("text", invalid.messageKey());
			return detail(model, id, null, form);
		}
	}

	/** Erases an offboarded provider for good (their keys are destroyed); a receipt remains. */
	@PostMapping("/staff/providers/{id}/erase")
	String erase(@PathVariable UUID id, Model model) {
		if (vetting.staffView(id).provider().status() != ProviderStatus.OFFBOARDED) {
			return detail(model, id, "directory.erase.offboardFirst", new SmallForms.TextForm());
		}
		return "redirect:/privacy/receipts/" + purges.purge(id, "provider-erased").code();
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(jakarta.servlet.http.HttpServletRequest request) {
		String detail = request.getRequestURI().replaceAll("^(/staff/providers/[0-9a-fA-F-]{36}).*$", "$1");
		return "redirect:" + detail + "?changedMeanwhile";
	}

	private String detail(Model model, UUID id, @Nullable String error, SmallForms.TextForm textForm) {
		Vetting.StaffView view = vetting.staffView(id);
		model.addAttribute("view", view);
		model.addAttribute("provider", view.provider());
		model.addAttribute("error", error);
		model.addAttribute("textForm", textForm);
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("now", clock.instant());
		return "directory/staff-detail";
	}

}
