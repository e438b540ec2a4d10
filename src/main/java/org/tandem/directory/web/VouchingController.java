package org.tandem.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
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
import org.tandem.directory.domain.Vouching;
import org.tandem.directory.persistence.DirectoryQueries;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Vouching, for advisory members, staff and vetted providers: the providers they may vouch for (vetted providers:
 * only those under review), each with the summary of its ledger (advisory members and staff) or only its profile
 * (providers), and the vouch form. Never any organization's data, never what another voucher wrote.
 */
@Controller
class VouchingController {

	private final Vouching vouching;

	private final DirectoryQueries queries;

	private final ServiceTaxonomy taxonomy;

	private final Actors actors;

	private final Clock clock;

	VouchingController(Vouching vouching, DirectoryQueries queries, ServiceTaxonomy taxonomy, Actors actors,
			Clock clock) {
		this.vouching = vouching;
		this.queries = queries;
		this.taxonomy = taxonomy;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/vouching")
	String list(TandemPrincipal principal, @RequestParam(defaultValue = "0") String page, Model model) {
		Vetting.Actor actor = actors.of(principal);
		if (!vouching.canVouch(actor)) {
			return "directory/vouching-closed";
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		int safePage = page.matches("[0-9]{1,5}") ? Integer.parseInt(page) : 0;
		Map<ProviderStatus, DirectorySearch.Page> groups = new LinkedHashMap<>();
		for (ProviderStatus status : vouching.listedFor(actor)) {
			groups.put(status, queries.search(DirectorySearch.Filter.byStatus(status, safePage), today));
		}
		model.addAttribute("groups", groups);
		model.addAttribute("pageNumber", safePage);
		return "directory/vouching";
	}

	@GetMapping("/vouching/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return page(principal, id, SmallForms.TextForm.empty(), model);
	}

	@PostMapping("/vouching/{id}")
	String vouch(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("textForm") SmallForms.TextForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				vouching.vouch(id, actors.of(principal), form.text());
				return "redirect:/vouching/" + id + "?vouched";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue("text", invalid.messageKey());
			}
			catch (DuplicateKeyException sameTime) {
				binding.rejectValue("text", "directory.vouch.already");
			}
		}
		return page(principal, id, form, model);
	}

	private String page(TandemPrincipal principal, UUID id, SmallForms.TextForm form, Model model) {
		Vouching.Summary summary = vouching.summary(id, actors.of(principal));
		model.addAttribute("summary", summary);
		model.addAttribute("provider", summary.provider());
		model.addAttribute("textForm", form);
		model.addAttribute("taxonomy", taxonomy);
		return "directory/vouch";
	}

}
