package org.tandem.engagement.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.directory.Providers;
import org.tandem.engagement.ClosingReason;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.CheckIns;
import org.tandem.engagement.domain.Closings;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Closing an engagement and keeping in touch, for its participants: the closing page (why, a note, the keep-in-touch
 * period and how often to check in) and the check-ins page, where each side answers its own. Every handler goes
 * through the services with the signed-in account, which answer "not found" to anyone who does not take part.
 */
@Controller
class ClosingController {

	private final EngagementService engagements;

	private final Closings closings;

	private final CheckIns checkIns;

	private final Providers providers;

	ClosingController(EngagementService engagements, Closings closings, CheckIns checkIns, Providers providers) {
		this.engagements = engagements;
		this.closings = closings;
		this.checkIns = checkIns;
		this.providers = providers;
	}

	@GetMapping("/engagements/{id}/closing")
	String closing(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		Engagement engagement = engagements.get(id, principal.accountId());
		return closingPage(model, principal, engagement, ClosingForm.of(engagement.version()));
	}

	@PostMapping("/engagements/{id}/closing")
	String close(TandemPrincipal principal, @PathVariable UUID id,
			@ModelAttribute("closingForm") ClosingForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				closings.close(id, principal.accountId(), form.terms(), form.getVersion());
				return "redirect:/engagements/" + id + "/closing?closed";
			}
			catch (InvalidInput invalid) {
				reject(binding, invalid);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return closingPage(model, principal, engagements.get(id, principal.accountId()), form);
	}

	@GetMapping("/engagements/{id}/check-ins")
	String checkIns(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return checkInsPage(model, principal, engagements.get(id, principal.accountId()), null, new CheckInForm(),
				null);
	}

	@PostMapping("/engagements/{id}/check-ins/{checkInId}")
	String answer(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID checkInId,
			@ModelAttribute("checkInForm") CheckInForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Engagement engagement = engagements.get(id, principal.accountId());
		String error = binding.hasErrors() ? "engagement.checkIn.answerMissing" : null;
		if (error == null) {
			try {
				checkIns.answer(id, principal.accountId(), checkInId, form.getAnswer(), form.getNote());
				return "redirect:/engagements/" + id + "/check-ins?answered";
			}
			catch (InvalidInput invalid) {
				error = invalid.messageKey();
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return checkInsPage(model, principal, engagement, checkInId, form, error);
	}

	private static void reject(BindingResult binding, InvalidInput invalid) {
		if (List.of("reason", "note", "months", "everyMonths").contains(invalid.field())) {
			binding.rejectValue(invalid.field(), invalid.messageKey());
		}
		else {
			binding.reject(invalid.messageKey());
		}
	}

	private String closingPage(Model model, TandemPrincipal principal, Engagement engagement, ClosingForm form) {
		Side side = engagement.sideOf(principal.accountId()).orElseThrow();
		model.addAttribute("engagement", engagement);
		model.addAttribute("providerName", providerName(engagement));
		model.addAttribute("closing", closings.closing(engagement.id(), principal.accountId()).orElse(null));
		model.addAttribute("reasons", Arrays.stream(ClosingReason.values()).filter(r -> r.allowedFor(side)).toList());
		model.addAttribute("closingForm", form);
		return "engagement/closing";
	}

	private String checkInsPage(Model model, TandemPrincipal principal, Engagement engagement,
			@org.jspecify.annotations.Nullable UUID failed, CheckInForm form,
			@org.jspecify.annotations.Nullable String error) {
		model.addAttribute("engagement", engagement);
		model.addAttribute("providerName", providerName(engagement));
		model.addAttribute("mySide", engagement.sideOf(principal.accountId()).orElseThrow());
		model.addAttribute("checkIns", checkIns.of(engagement.id(), principal.accountId()));
		model.addAttribute("failed", failed);
		model.addAttribute("checkInForm", form);
		model.addAttribute("answerError", error);
		model.addAttribute("answers", org.tandem.engagement.CheckInAnswer.values());
		return "engagement/check-ins";
	}

	private String providerName(Engagement engagement) {
		return providers.names(List.of(engagement.providerId())).getOrDefault(engagement.providerId(), "");
	}

}
