package org.tandem.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.domain.DirectorySearch;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.directory.domain.Vetting;
import org.tandem.directory.domain.VoucherRole;
import org.tandem.directory.persistence.DirectoryQueries;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * Vouching, for advisory members, staff and vetted providers: the providers under review, each with the summary of
 * their ledger (advisory members and staff) or only their profile (providers), and the vouch form. Never any
 * organization's data, never what another voucher wrote.
 */
@Controller
class VouchingController {

	private final Vetting vetting;

	private final DirectoryQueries queries;

	private final ServiceTaxonomy taxonomy;

	private final Actors actors;

	private final Clock clock;

	VouchingController(Vetting vetting, DirectoryQueries queries, ServiceTaxonomy taxonomy, Actors actors,
			Clock clock) {
		this.vetting = vetting;
		this.queries = queries;
		this.taxonomy = taxonomy;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/vouching")
	String list(TandemPrincipal principal, @RequestParam(defaultValue = "0") int page, Model model) {
		if (!vetting.canVouch(actors.of(principal))) {
			throw new NotFoundException();
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		int safePage = Math.max(0, Math.min(page, 10_000));
		model.addAttribute("applicants", queries.search(byStatus(ProviderStatus.APPLICANT, safePage), today));
		model.addAttribute("underReview", queries.search(byStatus(ProviderStatus.UNDER_REVIEW, safePage), today));
		return "directory/vouching";
	}

	private static DirectorySearch.Filter byStatus(ProviderStatus status, int page) {
		return new DirectorySearch.Filter(null, false, null, null, null, status, false, page);
	}

	@GetMapping("/vouching/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return page(principal, id, new SmallForms.TextForm(), model);
	}

	@PostMapping("/vouching/{id}")
	String vouch(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("textForm") SmallForms.TextForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				vetting.vouch(id, actors.of(principal), form.getText());
				return "redirect:/vouching/" + id + "?vouched";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue("text", invalid.messageKey());
			}
		}
		return page(principal, id, form, model);
	}

	private String page(TandemPrincipal principal, UUID id, SmallForms.TextForm form, Model model) {
		Vetting.Actor actor = actors.of(principal);
		Vetting.Summary summary = vetting.summary(id, actor.id());
		VoucherRole role;
		try {
			role = vetting.voucherRole(actor, id);
		}
		catch (InvalidInput refused) {
			// a provider who is not vetted, or the provider themselves: nothing to see here
			throw new NotFoundException();
		}
		model.addAttribute("summary", summary);
		model.addAttribute("provider", summary.provider());
		model.addAttribute("showLedger", role != VoucherRole.PROVIDER);
		model.addAttribute("textForm", form);
		model.addAttribute("taxonomy", taxonomy);
		return "directory/vouch";
	}

}
