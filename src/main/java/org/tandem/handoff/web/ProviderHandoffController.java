package org.tandem.handoff.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.directory.Providers;
import org.tandem.handoff.domain.Confirmations;
import org.tandem.handoff.domain.DeclineReason;
import org.tandem.handoff.domain.FollowUp;
import org.tandem.handoff.domain.FollowUps;
import org.tandem.handoff.domain.HandoffViews;
import org.tandem.handoff.domain.Offers;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * A provider's side of handoffs: the desk (offers waiting, introductions, confirmations, follow-ups), one offer
 * (blind until the organization introduces itself) with accept and decline, the contact question and the surveys.
 * Everything is looked up through the signed-in provider: another provider's offer is "not found".
 */
@Controller
class ProviderHandoffController {

	private final HandoffViews views;

	private final Offers offers;

	private final Confirmations confirmations;

	private final FollowUps followUps;

	private final Providers providers;

	ProviderHandoffController(HandoffViews views, Offers offers, Confirmations confirmations, FollowUps followUps,
			Providers providers) {
		this.views = views;
		this.offers = offers;
		this.confirmations = confirmations;
		this.followUps = followUps;
		this.providers = providers;
	}

	private UUID provider(TandemPrincipal principal) {
		return providers.providerOf(principal.accountId()).orElseThrow(NotFoundException::new);
	}

	@GetMapping("/provider/handoffs")
	String desk(TandemPrincipal principal, Model model) {
		model.addAttribute("desk", views.desk(provider(principal)));
		return "handoff/provider-desk";
	}

	@GetMapping("/provider/handoffs/{offerId}")
	String offer(TandemPrincipal principal, @PathVariable UUID offerId, Model model) {
		return offer(model, provider(principal), offerId, new HandoffForms.DeclineForm());
	}

	private String offer(Model model, UUID provider, UUID offerId, HandoffForms.DeclineForm form) {
		model.addAttribute("view", views.providerView(offerId, provider));
		model.addAttribute("declineForm", form);
		model.addAttribute("reasons", DeclineReason.values());
		return "handoff/provider-offer";
	}

	@PostMapping("/provider/handoffs/{offerId}/accept")
	String accept(TandemPrincipal principal, @PathVariable UUID offerId, Model model, HttpServletResponse response) {
		UUID provider = provider(principal);
		try {
			offers.accept(offerId, provider);
			return "redirect:/provider/handoffs/" + offerId + "?accepted";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", invalid.messageKey());
			return offer(model, provider, offerId, new HandoffForms.DeclineForm());
		}
	}

	@PostMapping("/provider/handoffs/{offerId}/decline")
	String decline(TandemPrincipal principal, @PathVariable UUID offerId,
			@ModelAttribute("declineForm") HandoffForms.DeclineForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		UUID provider = provider(principal);
		if (!binding.hasErrors() && form.getReason() == null) {
			binding.rejectValue("reason", "handoff.decline.reasonRequired");
		}
		if (!binding.hasErrors()) {
			try {
				offers.decline(offerId, provider, java.util.Objects.requireNonNull(form.getReason()), form.getNote());
				return "redirect:/provider/handoffs?declined";
			}
			catch (InvalidInput invalid) {
				HandoffForms.reject(binding, invalid);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return offer(model, provider, offerId, form);
	}

	@PostMapping("/provider/handoffs/{offerId}/contact")
	String contact(TandemPrincipal principal, @PathVariable UUID offerId, @RequestParam(defaultValue = "") String reached,
			Model model, HttpServletResponse response) {
		UUID provider = provider(principal);
		try {
			if (!reached.equals("1") && !reached.equals("0")) {
				throw new InvalidInput("reached", "handoff.contact.answerRequired");
			}
			confirmations.providerAnswers(offerId, provider, reached.equals("1"));
			return "redirect:/provider/handoffs?answered";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", invalid.messageKey());
			return offer(model, provider, offerId, new HandoffForms.DeclineForm());
		}
	}

	@GetMapping("/provider/handoffs/follow-ups/{id}")
	String followUp(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		UUID provider = provider(principal);
		return survey(model, followUps.providerFollowUp(id, provider),
				HandoffForms.SurveyForm.counted(followUps.providerCounted(provider)));
	}

	@PostMapping("/provider/handoffs/follow-ups/{id}")
	String answer(TandemPrincipal principal, @PathVariable UUID id,
			@ModelAttribute("surveyForm") HandoffForms.SurveyForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		UUID provider = provider(principal);
		FollowUp followUp = followUps.providerFollowUp(id, provider);
		if (!binding.hasErrors()) {
			try {
				followUps.providerSurvey(id, provider, form.survey());
				return "redirect:/provider/handoffs?surveyed";
			}
			catch (InvalidInput invalid) {
				HandoffForms.reject(binding, invalid);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return survey(model, followUp, form);
	}

	private String survey(Model model, FollowUp followUp, HandoffForms.SurveyForm form) {
		return HandoffForms.surveyPage(model, followUp, form, "/provider/handoffs/follow-ups/" + followUp.id(),
				"/provider/handoffs");
	}

}
