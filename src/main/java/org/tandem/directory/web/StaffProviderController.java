package org.tandem.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
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
import org.tandem.directory.DirectoryProperties;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.domain.DirectorySearch;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.directory.domain.Vetting;
import org.tandem.directory.domain.Vouching;
import org.tandem.directory.persistence.DirectoryQueries;
import org.tandem.platform.Regions;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.PurgeService;

/**
 * Hub staff run the network: the directory with its filters (and the providers whose vetting ends soon), and each
 * provider's page with the vetting requirements, the ledger, vouches, agreements, a pending profile change and the
 * decisions. Every decision form carries the version of the provider it was shown with.
 */
@Controller
class StaffProviderController {

	private final Vetting vetting;

	private final Vouching vouching;

	private final DirectoryQueries queries;

	private final DirectoryPages pages;

	private final ServiceTaxonomy taxonomy;

	private final Regions regions;

	private final Actors actors;

	private final PurgeService purges;

	private final DirectoryProperties properties;

	private final Clock clock;

	private final ProviderRows rows;

	StaffProviderController(Vetting vetting, Vouching vouching, DirectoryQueries queries, DirectoryPages pages,
			ServiceTaxonomy taxonomy, Regions regions, Actors actors, PurgeService purges, DirectoryProperties properties,
			Clock clock, ProviderRows rows) {
		this.vetting = vetting;
		this.vouching = vouching;
		this.queries = queries;
		this.pages = pages;
		this.taxonomy = taxonomy;
		this.regions = regions;
		this.actors = actors;
		this.purges = purges;
		this.properties = properties;
		this.clock = clock;
		this.rows = rows;
	}

	@GetMapping("/staff/providers")
	String directory(@ModelAttribute("filter") DirectoryFilterForm filter, BindingResult ignored, Model model,
			HttpServletRequest request, Locale locale) {
		DirectorySearch.Page results = queries.search(filter.filter(taxonomy, regions),
				LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		model.addAttribute("results", results);
		model.addAttribute("rows", rows.markup(results.rows(), request.getContextPath(), locale));
		model.addAttribute("renewals", queries.vettingEndingBefore(clock.instant().plus(properties.renewalNotice())));
		pages.choices(model);
		return "directory/staff-list";
	}

	@GetMapping("/staff/providers/{id}")
	String show(@PathVariable UUID id, Model model) {
		return detail(model, id, null, SmallForms.TextForm.empty());
	}

	@PostMapping("/staff/providers/{id}/{action:review|invite|vet|renew|activate|pause|resume|approve-change}")
	String decide(TandemPrincipal principal, @PathVariable UUID id, @PathVariable String action,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			vetting.decide(id, version, Vetting.Decision.valueOf(enumName(action)), actors.of(principal));
			return "redirect:/staff/providers/" + id + "?done=" + action;
		}
		catch (InvalidInput invalid) {
			return detail(model, id, invalid.messageKey(), SmallForms.TextForm.empty());
		}
	}

	/** Decisions that need a reason, kept sealed in the ledger; and staff's own vouch. */
	@PostMapping("/staff/providers/{id}/{action:send-to-review|offboard|reject-change|note|vouch}")
	String decideWithText(TandemPrincipal principal, @PathVariable UUID id, @PathVariable String action,
			@RequestParam(defaultValue = "-1") long version, @Valid @ModelAttribute("textForm") SmallForms.TextForm form,
			BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return detail(model, id, null, form);
		}
		Vetting.Actor staff = actors.of(principal);
		try {
			if (action.equals("vouch")) {
				vouching.vouch(id, staff, form.text());
			}
			else {
				vetting.decide(id, version, Vetting.Reasoned.valueOf(enumName(action)), form.text(), staff);
			}
			return "redirect:/staff/providers/" + id + "?done=" + action;
		}
		catch (InvalidInput invalid) {
			binding.rejectValue("text", invalid.messageKey());
		}
		catch (DuplicateKeyException sameTime) {
			binding.rejectValue("text", "directory.vouch.already");
		}
		return detail(model, id, null, form);
	}

	/** Erases an offboarded provider for good (their keys are destroyed); a receipt remains. Asks to confirm first. */
	@PostMapping("/staff/providers/{id}/erase")
	String erase(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, Model model) {
		if (queries.status(id) != ProviderStatus.OFFBOARDED) {
			return detail(model, id, "directory.erase.offboardFirst", SmallForms.TextForm.empty());
		}
		if (!confirm) {
			return detail(model, id, "directory.erase.confirmRequired", SmallForms.TextForm.empty());
		}
		return "redirect:/privacy/receipts/" + purges.purge(id, org.tandem.privacy.PurgeReason.PROVIDER_ERASED).code();
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(HttpServletRequest request) {
		String detail = request.getRequestURI().replaceAll("^(.*/staff/providers/[0-9a-fA-F-]{36}).*$", "$1");
		return "redirect:" + detail + "?changedMeanwhile";
	}

	private static String enumName(String action) {
		return action.replace('-', '_').toUpperCase(Locale.ROOT);
	}

	private String detail(Model model, UUID id, @Nullable String error, SmallForms.TextForm textForm) {
		Vetting.StaffView view = vetting.staffView(id);
		model.addAttribute("view", view);
		model.addAttribute("provider", view.provider());
		model.addAttribute("error", error);
		model.addAttribute("textForm", textForm);
		model.addAttribute("taxonomy", taxonomy);
		return "directory/staff-detail";
	}

}
