package org.tandem.cohort.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementText;
import org.tandem.cohort.domain.AgreementVersion;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * Administrators' pages for the agreements' texts: each kind with its current version and every earlier one, the
 * form that publishes a new version in the five languages at once (started from the current texts), and one version
 * read in every language. A version is never edited: a correction is published as the next one.
 */
@Controller
class AgreementAdminController {

	private final CohortAgreementService agreements;

	private final Markdown markdown;

	AgreementAdminController(CohortAgreementService agreements, Markdown markdown) {
		this.agreements = agreements;
		this.markdown = markdown;
	}

	/** One kind on the administrators' list: its versions, newest (the current one) first. */
	record KindVersions(Kind kind, List<AgreementVersion> versions) {
	}

	@GetMapping("/admin/agreements")
	String list(Model model) {
		model.addAttribute("kinds",
				Arrays.stream(Kind.values()).map(kind -> new KindVersions(kind, agreements.versions(kind))).toList());
		return "cohort/admin-agreements";
	}

	@GetMapping("/admin/agreements/{kind}/new")
	String draft(@PathVariable String kind, Model model) {
		Kind chosen = AgreementController.kind(kind);
		return draftPage(chosen, AgreementPublishForm.from(agreements.current(chosen).orElse(null)), model);
	}

	@PostMapping("/admin/agreements/{kind}/new")
	String publish(TandemPrincipal principal, @PathVariable String kind,
			@Valid @ModelAttribute("publishForm") AgreementPublishForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Kind chosen = AgreementController.kind(kind);
		if (!binding.hasErrors()) {
			try {
				AgreementVersion version = agreements.publish(chosen, form.texts(), form.base(),
						principal.accountId());
				return "redirect:/admin/agreements/" + chosen.slug() + "/" + version.number() + "?published";
			}
			catch (InvalidInput invalid) {
				if (AgreementText.LANGUAGES.contains(invalid.field())) {
					binding.rejectValue(invalid.field(), invalid.messageKey());
				}
				else {
					binding.reject(invalid.messageKey());
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return draftPage(chosen, form, model);
	}

	@GetMapping("/admin/agreements/{kind}/{version}")
	String version(@PathVariable String kind, @PathVariable String version, Model model) {
		Kind chosen = AgreementController.kind(kind);
		int number;
		try {
			number = Integer.parseInt(version);
		}
		catch (NumberFormatException notANumber) {
			throw new NotFoundException();
		}
		AgreementText text = agreements.version(chosen, number);
		model.addAttribute("kind", chosen);
		model.addAttribute("text", text);
		model.addAttribute("current",
				agreements.versions(chosen).stream().findFirst().map(v -> v.number() == number).orElse(false));
		model.addAttribute("languages", AgreementText.LANGUAGES);
		model.addAttribute("rendered", AgreementText.LANGUAGES.stream()
			.collect(java.util.stream.Collectors.toMap(l -> l, l -> markdown.html(text.text(l)))));
		return "cohort/admin-agreement-version";
	}

	private String draftPage(Kind kind, AgreementPublishForm form, Model model) {
		List<AgreementVersion> versions = agreements.versions(kind);
		model.addAttribute("kind", kind);
		model.addAttribute("latest", versions.isEmpty() ? null : versions.getFirst());
		model.addAttribute("languages", AgreementText.LANGUAGES);
		model.addAttribute("limit", AgreementText.TEXT_LIMIT);
		model.addAttribute("publishForm", form);
		model.addAttribute("rtl", Map.of("ar", true));
		return "cohort/admin-agreement-new";
	}

}
