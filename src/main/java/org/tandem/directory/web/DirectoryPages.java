package org.tandem.directory.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.domain.Agreement;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;
import org.tandem.directory.Fee;
import org.tandem.directory.domain.LanguageLevel;
import org.tandem.directory.domain.ProviderKind;
import org.tandem.directory.domain.ResponseTime;
import org.tandem.directory.domain.RetentionPractice;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.TimeZones;
import org.tandem.platform.WorkingLanguages;

/** The lists the directory's pages choose from, in one place. */
@Component
class DirectoryPages {

	private final ServiceTaxonomy taxonomy;

	DirectoryPages(ServiceTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** For filters and listings. */
	void choices(Model model) {
		model.addAttribute("services", taxonomy.all());
		model.addAttribute("languages", WorkingLanguages.CODES);
		model.addAttribute("communities", Community.values());
		model.addAttribute("statuses", ProviderStatus.values());
	}

	/** For the profile, capacity, retention and agreement forms. */
	void formChoices(Model model) {
		formChoices(model, null);
	}

	/** The same, the time zones of this country (if known) first within their offset. */
	void formChoices(Model model, @Nullable String country) {
		choices(model);
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("depths", ServiceDepth.values());
		model.addAttribute("levels", LanguageLevel.values());
		model.addAttribute("fees", Fee.values());
		model.addAttribute("responseTimes", ResponseTime.values());
		model.addAttribute("sectors", OrganizationKind.values());
		model.addAttribute("timeZones", TimeZones.options(LocaleContextHolder.getLocale(), country));
		model.addAttribute("retentionItems", RetentionPractice.Item.values());
		model.addAttribute("retentionPeriods", RetentionPractice.Period.values());
		model.addAttribute("agreementList", Agreement.values());
	}

}
