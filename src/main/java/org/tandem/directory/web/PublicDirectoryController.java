package org.tandem.directory.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.directory.DirectoryProperties;
import org.tandem.directory.domain.Provider;
import org.tandem.directory.domain.ProviderApplications;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.directory.persistence.DirectoryQueries;
import org.tandem.platform.Regions;
import org.tandem.platform.RateLimit;
import org.tandem.platform.RateLimits;
import org.tandem.platform.RecentNonces;
import org.tandem.platform.RequesterKey;
import org.tandem.platform.Secrets;

/**
 * The two public pages of the directory: the "get help" listing of active providers who opted in, and the
 * application to join the network. Both work without an account and without JavaScript.
 */
@Controller
class PublicDirectoryController {

	private static final String UNKNOWN = "unknown";

	private final ProviderApplications applications;

	private final DirectoryQueries queries;

	private final DirectoryPages pages;

	private final ServiceTaxonomy taxonomy;

	private final Regions regions;

	private final RateLimit submissions;

	private final Clock clock;

	PublicDirectoryController(ProviderApplications applications, DirectoryQueries queries, DirectoryPages pages,
			ServiceTaxonomy taxonomy, Regions regions, DirectoryProperties properties, RateLimits limits, Clock clock) {
		this.applications = applications;
		this.queries = queries;
		this.pages = pages;
		this.taxonomy = taxonomy;
		this.regions = regions;
		this.submissions = limits.limit("directory.applications", properties.applicationsPerHour(), Duration.ofHours(1));
		this.clock = clock;
	}

	@GetMapping("/providers")
	String listing(@ModelAttribute("filter") DirectoryFilterForm filter, BindingResult ignored, Model model) {
		model.addAttribute("results", queries.listing(filter.filter(taxonomy, regions), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
		pages.choices(model);
		return "directory/listing";
	}

	@GetMapping("/providers/apply")
	String form(Model model) {
		ApplicationForm form = new ApplicationForm();
		form.setNonce(Secrets.newToken());
		return form(model, form);
	}

	@PostMapping("/providers/apply")
	String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		form.check(binding, taxonomy);
		if (form.honeypotFilled()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("refused", "directory.apply.refused");
			return form(model, form);
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form);
		}
		if (!RecentNonces.wellFormed(form.getNonce())) {
			// not a page this hub gave: what was typed comes back with a fresh nonce, to be sent once more
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			form.setNonce(Secrets.newToken());
			model.addAttribute("refused", "form.expired");
			return form(model, form);
		}
		// a nonce is accepted once a day, on every instance: the same page sent twice is one application
		if (applications.alreadyApplied(form.getNonce())) {
			return "directory/already-applied";
		}
		if (!submissions.tryAcquire(RequesterKey.of(request).orElse(UNKNOWN))) {
			response.setStatus(429);
			model.addAttribute("refused", "directory.apply.tooMany");
			return form(model, form);
		}
		Locale locale = LocaleContextHolder.getLocale();
		// the nonce is recorded with the application: if storing it fails, the same page may be sent again
		Provider provider = applications.applyOnce(form.getNonce(), form.application(locale)).orElse(null);
		if (provider == null) {
			return "directory/already-applied";
		}
		model.addAttribute("reference", provider.reference());
		return "directory/applied";
	}

	private String form(Model model, ApplicationForm form) {
		model.addAttribute("form", form);
		pages.formChoices(model, form.getResidenceCountry());
		return "directory/apply";
	}

}
