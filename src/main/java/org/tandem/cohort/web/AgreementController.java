package org.tandem.cohort.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementParty;
import org.tandem.cohort.domain.AgreementText;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The agreements a member of an organization or a provider signs: what is still to sign and what was signed, for
 * each party the account speaks for, and one agreement's current version in a language of the reader's choosing with
 * the form that signs it. Whom the account may sign for is the service's answer from the account, never the form's.
 */
@Controller
class AgreementController {

	private final CohortAgreementService agreements;

	private final AgreementPartyNames names;

	private final Markdown markdown;

	AgreementController(CohortAgreementService agreements, AgreementPartyNames names, Markdown markdown) {
		this.agreements = agreements;
		this.names = names;
		this.markdown = markdown;
	}

	@GetMapping("/agreements")
	String overview(TandemPrincipal principal, Model model) {
		List<AgreementParty> parties = agreements.partiesOf(principal.accountId());
		model.addAttribute("sheets", parties.stream().map(agreements::sheet).toList());
		model.addAttribute("names", names.of(parties));
		return "cohort/agreements";
	}

	@GetMapping("/agreements/{kind}")
	String read(TandemPrincipal principal, @PathVariable String kind, @RequestParam(name = "in", required = false)
			@Nullable String in, @RequestParam(name = "for", required = false) @Nullable String forParty,
			Locale locale, Model model) {
		Kind chosen = kind(kind);
		String language = AgreementText.shipped(in) ? in : defaultLanguage(locale);
		AgreementText current = agreements.current(chosen).orElse(null);
		AgreementSignForm form = new AgreementSignForm(current == null ? 0 : current.version().number(), language,
				forParty);
		return page(principal, chosen, current, form, model);
	}

	@PostMapping("/agreements/{kind}")
	String sign(TandemPrincipal principal, @PathVariable String kind,
			@Valid @ModelAttribute("signForm") AgreementSignForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Kind chosen = kind(kind);
		List<AgreementParty> parties = eligible(principal, chosen);
		String error;
		if (binding.hasFieldErrors("version") || form.version() == null) {
			error = "cohort.agreement.stale";
		}
		else if (binding.hasErrors()) {
			error = binding.hasFieldErrors("language") ? "cohort.agreement.languageUnknown"
					: "cohort.agreement.partyMissing";
		}
		else {
			try {
				UUID party = party(form.party(), parties);
				CohortAgreementService.Signed signed = agreements.sign(principal.accountId(), party, chosen,
						form.version(), form.language());
				return "redirect:" + UriComponentsBuilder.fromPath("/agreements/" + chosen.slug())
					.queryParam("for", party)
					.queryParam("in", form.language())
					.queryParam(signed == CohortAgreementService.Signed.SIGNED ? "signed" : "already")
					.build()
					.toUriString();
			}
			catch (InvalidInput invalid) {
				error = invalid.messageKey();
			}
		}
		boolean stale = "cohort.agreement.stale".equals(error);
		response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
		AgreementText current = agreements.current(chosen).orElse(null);
		String language = AgreementText.shipped(form.language()) ? form.language() : "en";
		// a stale page is shown again at the current version, which is the one to read before signing
		AgreementSignForm shown = new AgreementSignForm(current == null ? 0 : current.version().number(), language,
				form.party());
		model.addAttribute("signError", error);
		return page(principal, chosen, current, shown, model);
	}

	private String page(TandemPrincipal principal, Kind kind, @Nullable AgreementText current, AgreementSignForm form,
			Model model) {
		List<AgreementParty> parties = eligible(principal, kind);
		String language = form.language() == null ? "en" : form.language();
		model.addAttribute("kind", kind);
		model.addAttribute("current", current);
		model.addAttribute("language", language);
		model.addAttribute("languages", AgreementText.LANGUAGES);
		model.addAttribute("rendered", current == null ? "" : markdown.html(current.text(language)));
		model.addAttribute("sha256", current == null ? "" : current.sha256(language));
		model.addAttribute("parties", parties);
		model.addAttribute("names", names.of(parties));
		model.addAttribute("standings", parties.stream()
			.map(p -> agreements.sheet(p).standings().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow())
			.toList());
		model.addAttribute("signForm", form);
		return "cohort/agreement-sign";
	}

	/** The parties the account signs this kind for; none: the page does not exist for it. */
	private List<AgreementParty> eligible(TandemPrincipal principal, Kind kind) {
		List<AgreementParty> parties = agreements.partiesOf(principal.accountId())
			.stream()
			.filter(p -> p.signs(kind))
			.toList();
		if (parties.isEmpty()) {
			throw new NotFoundException();
		}
		return parties;
	}

	/** The party chosen on the form, or the only one; several and none chosen: the signer must choose. */
	private static UUID party(@Nullable String chosen, List<AgreementParty> parties) {
		if (chosen == null || chosen.isBlank()) {
			if (parties.size() == 1) {
				return parties.getFirst().id();
			}
			throw new InvalidInput("party", "cohort.agreement.partyMissing");
		}
		try {
			return UUID.fromString(chosen.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException();
		}
	}

	static Kind kind(String slug) {
		return Kind.ofSlug(slug).orElseThrow(NotFoundException::new);
	}

	private static String defaultLanguage(Locale locale) {
		return AgreementText.shipped(locale.getLanguage()) ? locale.getLanguage() : "en";
	}

}
