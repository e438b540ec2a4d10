package org.tandem.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.tandem.audit.AuditSetting;
import org.tandem.audit.catalog.ActivityCatalog;
import org.tandem.audit.catalog.CatalogSkill;
import org.tandem.audit.domain.Audit;
import org.tandem.platform.InvalidInput;

/** What the audit pages share: the context form's choices, refusals beside their fields, the catalog's skill names. */
@Component
class AuditContextPages {

	static final List<String> FORM_FIELDS = List.of("scope", "threats", "organizationSize", "country", "setting",
			"hours", "minutes", "skills", "language");

	/** The report languages, each named in itself (not translated: a reader finds their own language by its name). */
	static final List<ReportLanguage> LANGUAGES = List.of(new ReportLanguage("en", "English"),
			new ReportLanguage("es", "Español"), new ReportLanguage("fr", "Français"),
			new ReportLanguage("pt", "Português"), new ReportLanguage("ar", "العربية"));

	private final ActivityCatalog catalog;

	AuditContextPages(ActivityCatalog catalog) {
		this.catalog = catalog;
	}

	/** The choices the context form offers. */
	void formChoices(Model model, Locale locale) {
		model.addAttribute("settings", AuditSetting.values());
		model.addAttribute("skillChoices", catalog.skills(locale));
		model.addAttribute("languages", LANGUAGES);
	}

	Map<String, String> skillTitles(Locale locale) {
		return catalog.skills(locale).stream().collect(Collectors.toMap(CatalogSkill::slug, CatalogSkill::title,
				(a, b) -> a));
	}

	/** A refusal next to its field when the form has one, above the form otherwise. */
	static void reject(BindingResult binding, InvalidInput invalid) {
		String field = switch (invalid.field()) {
			case "minutesAvailable" -> "hours";
			case "auditorSkills" -> "skills";
			default -> invalid.field();
		};
		if (FORM_FIELDS.contains(field)) {
			binding.rejectValue(field, invalid.messageKey());
		}
		else {
			binding.reject(invalid.messageKey());
		}
	}

	static String languageName(String code) {
		return LANGUAGES.stream().filter(l -> l.code().equals(code)).map(ReportLanguage::nativeName).findFirst()
			.orElse(code);
	}

	/** A report language: its code and its name in itself. */
	record ReportLanguage(String code, String nativeName) {
	}

	static String link(Audit audit) {
		return "/audits/" + audit.id();
	}

	static String link(UUID auditId) {
		return "/audits/" + auditId;
	}

}
