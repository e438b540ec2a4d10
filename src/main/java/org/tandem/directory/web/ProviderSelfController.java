package org.tandem.directory.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.tandem.directory.domain.Agreement;
import org.tandem.directory.domain.Agreements;
import org.tandem.directory.domain.Provider;
import org.tandem.directory.domain.ProviderCounting;
import org.tandem.directory.domain.ProviderSelfService;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * A provider's own pages: where they stand and what is missing, their profile, capacity and dated pauses, the
 * public listing, the agreements and retention checklist. Every action reads the provider from the signed-in
 * account; no page takes a provider id.
 */
@Controller
class ProviderSelfController {

	private final ProviderSelfService self;

	private final Agreements agreements;

	private final DirectoryPages pages;

	private final ServiceTaxonomy taxonomy;

	private final ProviderCounting counting;

	ProviderSelfController(ProviderSelfService self, Agreements agreements, DirectoryPages pages,
			ServiceTaxonomy taxonomy, ProviderCounting counting) {
		this.self = self;
		this.counting = counting;
		this.agreements = agreements;
		this.pages = pages;
		this.taxonomy = taxonomy;
	}

	private Provider mine(TandemPrincipal principal) {
		return self.mine(principal.accountId()).orElseThrow(NotFoundException::new);
	}

	@GetMapping("/provider")
	String home(TandemPrincipal principal, Model model) {
		var provider = self.mine(principal.accountId());
		if (provider.isEmpty()) {
			return "directory/provider-none";
		}
		return home(model, provider.get(), new SmallForms.PauseForm(), SmallForms.ListingForm.of(provider.get().listing()), null);
	}

	private String home(Model model, Provider provider, SmallForms.PauseForm pauseForm,
			SmallForms.ListingForm listingForm, @Nullable String error) {
		model.addAttribute("provider", provider);
		model.addAttribute("untracked", self.untracked(provider));
		model.addAttribute("missing", agreements.missing(provider.id()));
		model.addAttribute("pauseForm", pauseForm);
		model.addAttribute("listingForm", listingForm);
		model.addAttribute("capacityForm", model.containsAttribute("capacityForm") ? model.getAttribute("capacityForm")
				: CapacityForm.of(provider.capacity()));
		model.addAttribute("countingForm", model.containsAttribute("countingForm") ? model.getAttribute("countingForm")
				: SmallForms.CountingForm.of(counting.counted(provider.id())));
		model.addAttribute("today", self.today());
		model.addAttribute("error", error);
		model.addAttribute("taxonomy", taxonomy);
		pages.formChoices(model, provider.details().residenceCountry());
		return "directory/provider-home";
	}

	@PostMapping("/provider/{action:pause|resume}")
	String pauseOrResume(TandemPrincipal principal, @PathVariable String action, Model model) {
		try {
			if (action.equals("pause")) {
				self.pause(principal.accountId());
			}
			else {
				self.resume(principal.accountId());
			}
			return "redirect:/provider?done=" + action;
		}
		catch (InvalidInput invalid) {
			Provider provider = mine(principal);
			return home(model, provider, new SmallForms.PauseForm(), SmallForms.ListingForm.of(provider.listing()),
					invalid.messageKey());
		}
	}

	@PostMapping("/provider/capacity")
	String capacity(TandemPrincipal principal, @Valid @ModelAttribute("capacityForm") CapacityForm form,
			BindingResult binding, Model model) {
		form.check(binding, "");
		if (!binding.hasErrors()) {
			self.changeCapacity(principal.accountId(), form.capacity());
			return "redirect:/provider?done=capacity#capacity";
		}
		Provider provider = mine(principal);
		return home(model, provider, new SmallForms.PauseForm(), SmallForms.ListingForm.of(provider.listing()), null);
	}

	/** The provider says whether their follow-up answers may be counted anonymously. */
	@PostMapping("/provider/counting")
	String counting(TandemPrincipal principal, @ModelAttribute("countingForm") SmallForms.CountingForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		Provider provider = mine(principal);
		if (!binding.hasErrors()) {
			counting.setCounted(provider.id(), form.isCounted());
			return "redirect:/provider?done=counting#counting";
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return home(model, provider, new SmallForms.PauseForm(), SmallForms.ListingForm.of(provider.listing()),
				"directory.counting.invalid");
	}

	/** One engagement the hub does not track ended (an anonymous request, or work without a shared workspace). */
	@PostMapping("/provider/engagements/ended")
	String engagementEnded(TandemPrincipal principal, Model model, HttpServletResponse response) {
		try {
			self.untrackedEngagementEnded(principal.accountId());
			return "redirect:/provider?done=engagement#capacity";
		}
		catch (InvalidInput invalid) {
			Provider provider = mine(principal);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return home(model, provider, new SmallForms.PauseForm(), SmallForms.ListingForm.of(provider.listing()),
					invalid.messageKey());
		}
	}

	@PostMapping("/provider/pauses")
	String addPause(TandemPrincipal principal, @Valid @ModelAttribute("pauseForm") SmallForms.PauseForm form,
			BindingResult binding, Model model) {
		form.check(binding);
		if (!binding.hasErrors()) {
			try {
				self.addPause(principal.accountId(), form.pause());
				return "redirect:/provider?done=pause-added#pauses";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		Provider provider = mine(principal);
		return home(model, provider, form, SmallForms.ListingForm.of(provider.listing()), null);
	}

	/** Removes the pause with these dates (by its dates, not its place in a list another tab may have changed). */
	@PostMapping("/provider/pauses/remove")
	String removePause(TandemPrincipal principal, @ModelAttribute("removed") SmallForms.PauseForm removed,
			BindingResult binding, Model model) {
		try {
			if (binding.hasErrors() || removed.getStartsOn() == null || removed.getEndsOn() == null
					|| removed.getEndsOn().isBefore(removed.getStartsOn())) {
				throw new InvalidInput("pause", "directory.pause.unknown");
			}
			self.removePause(principal.accountId(), removed.pause());
			return "redirect:/provider?done=pause-removed#pauses";
		}
		catch (InvalidInput invalid) {
			Provider provider = mine(principal);
			return home(model, provider, new SmallForms.PauseForm(), SmallForms.ListingForm.of(provider.listing()),
					invalid.messageKey());
		}
	}

	@PostMapping("/provider/listing")
	String listing(TandemPrincipal principal, @Valid @ModelAttribute("listingForm") SmallForms.ListingForm form,
			BindingResult binding, Model model) {
		form.check(binding);
		if (!binding.hasErrors()) {
			try {
				self.changeListing(principal.accountId(), form.listing());
				return "redirect:/provider?done=listing#listing";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue("listed", invalid.messageKey());
			}
		}
		return home(model, mine(principal), new SmallForms.PauseForm(), form, null);
	}

	@GetMapping("/provider/profile")
	String profile(TandemPrincipal principal, Model model) {
		Provider provider = mine(principal);
		ProfileForm form = new ProfileForm();
		form.fill(provider);
		return profile(model, provider, form);
	}

	@PostMapping("/provider/profile")
	String changeProfile(TandemPrincipal principal, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult binding, Model model) {
		form.check(binding, taxonomy);
		if (!binding.hasErrors()) {
			try {
				self.changeProfile(principal.accountId(), form.profile());
				return "redirect:/provider?done=profile";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue(invalid.field(), invalid.messageKey());
			}
		}
		return profile(model, mine(principal), form);
	}

	private String profile(Model model, Provider provider, ProfileForm form) {
		model.addAttribute("provider", provider);
		model.addAttribute("form", form);
		pages.formChoices(model);
		return "directory/provider-profile";
	}

	@GetMapping("/provider/agreements")
	String agreementsPage(TandemPrincipal principal, Model model) {
		Provider provider = mine(principal);
		return agreementsPage(model, provider, RetentionForm.of(provider.retentionPractice()), null);
	}

	@PostMapping("/provider/agreements")
	String accept(TandemPrincipal principal, @RequestParam(name = "agreements", required = false) @Nullable List<String> accepted,
			Model model) {
		Provider provider = mine(principal);
		List<Agreement> chosen = new ArrayList<>();
		for (String name : accepted == null ? List.<String>of() : accepted) {
			EnumSet.allOf(Agreement.class).stream().filter(a -> a.name().equals(name)).forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			return agreementsPage(model, provider, RetentionForm.of(provider.retentionPractice()),
					"directory.agreements.noneChosen");
		}
		try {
			self.accept(principal.accountId(), chosen, LocaleContextHolder.getLocale());
		}
		catch (DuplicateKeyException sameTime) {
			// the same page was sent twice at once: the first one accepted them
		}
		return "redirect:/provider/agreements?done=accepted";
	}

	@PostMapping("/provider/retention")
	String retention(TandemPrincipal principal, @ModelAttribute("retentionForm") RetentionForm form,
			BindingResult binding, Model model) {
		form.check(binding, "");
		if (!binding.hasErrors()) {
			self.changeRetention(principal.accountId(), form.practice());
			return "redirect:/provider/agreements?done=retention";
		}
		return agreementsPage(model, mine(principal), form, null);
	}

	private String agreementsPage(Model model, Provider provider, RetentionForm form, @Nullable String error) {
		model.addAttribute("provider", provider);
		model.addAttribute("accepted", agreements.of(provider.id()));
		model.addAttribute("missing", agreements.missing(provider.id()));
		model.addAttribute("retentionForm", form);
		model.addAttribute("error", error);
		pages.formChoices(model);
		return "directory/provider-agreements";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile() {
		return "redirect:/provider?changedMeanwhile";
	}

}
