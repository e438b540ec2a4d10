package org.tandem.engagement.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.directory.ProviderSummary;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.PseudonymProperties;
import org.tandem.engagement.domain.Pseudonyms;
import org.tandem.intake.RequesterLinks;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Redirects;

/**
 * An anonymous requester's choice of a workspace under a pseudonym, under their status link (unlocked by its code,
 * as every page of it is) and without JavaScript: what the workspace is and what it keeps, then a pseudonym and a
 * password; afterwards, the pseudonym chosen and that the workspace opens when contact is confirmed. Any other
 * request, one that is not anonymous or has no provider ahead answers 404.
 */
@Controller
class PseudonymController {

	private static final List<String> FIELDS = List.of("pseudonym", "password", "passwordAgain");

	private final Pseudonyms pseudonyms;

	private final Providers providers;

	private final RequesterLinks links;

	private final PseudonymProperties properties;

	PseudonymController(Pseudonyms pseudonyms, Providers providers, RequesterLinks links,
			PseudonymProperties properties) {
		this.properties = properties;
		this.pseudonyms = pseudonyms;
		this.providers = providers;
		this.links = links;
	}

	@GetMapping("/request/status/{token}/workspace")
	String show(@PathVariable String token, HttpServletRequest request, Model model) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		return page(model, token, id.get(), new PseudonymForm());
	}

	@PostMapping("/request/status/{token}/workspace")
	String choose(@PathVariable String token, @Valid @ModelAttribute("pseudonymForm") PseudonymForm form,
			BindingResult binding, HttpServletRequest request, Model model, HttpServletResponse response) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		if (!binding.hasErrors()) {
			try {
				pseudonyms.choose(id.get(), form.getPseudonym(), form.getPassword(), form.getPasswordAgain());
				return Redirects.to("/request/status/{token}/workspace?chosen", token);
			}
			catch (InvalidInput invalid) {
				if (FIELDS.contains(invalid.field())) {
					binding.rejectValue(invalid.field(), invalid.messageKey());
				}
				else {
					binding.reject(invalid.messageKey());
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, token, id.get(), form);
	}

	private String page(Model model, String token, UUID requestId, PseudonymForm form) {
		Pseudonyms.Standing standing = pseudonyms.standing(requestId);
		model.addAttribute("token", token);
		model.addAttribute("standing", standing);
		model.addAttribute("unusedDays", properties.unusedAfter().toDays());
		model.addAttribute("providerName", standing.providerId() == null ? null
				: providers.summary(standing.providerId()).map(ProviderSummary::name).orElse(null));
		// the password is never shown back
		form.setPassword("");
		form.setPasswordAgain("");
		model.addAttribute("pseudonymForm", form);
		return "engagement/pseudonym";
	}

}
