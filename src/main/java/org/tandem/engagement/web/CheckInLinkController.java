package org.tandem.engagement.web;

import java.time.Duration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.engagement.domain.CheckIns;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RateLimit;
import org.tandem.platform.RateLimits;
import org.tandem.platform.RequesterKey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A check-in's mailed one-time link, open signed out and without JavaScript: "all well" or "need help" with an
 * optional note, answered once. A link that was used, expired or never existed gets a plain page saying so. Every
 * visit counts against the visitor's address and against the link, as the request's status link does, so links
 * cannot be guessed in bulk.
 */
@Controller
class CheckInLinkController {

	private static final String UNKNOWN = "unknown";

	private final CheckIns checkIns;

	private final RateLimit byVisitor;

	private final RateLimit byLink;

	CheckInLinkController(CheckIns checkIns, RateLimits limits) {
		this.checkIns = checkIns;
		Duration hour = Duration.ofHours(1);
		this.byVisitor = limits.limit("engagement.check-in-by-visitor", 60, hour);
		this.byLink = limits.limit("engagement.check-in-by-link", 20, hour);
	}

	@GetMapping("/check-ins/{token}")
	String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!allowed(token, request)) {
			return tooMany(model, response);
		}
		return page(model, token, new CheckInForm(), null, response);
	}

	@PostMapping("/check-ins/{token}")
	String answer(@PathVariable String token, @ModelAttribute("checkInForm") CheckInForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!allowed(token, request)) {
			return tooMany(model, response);
		}
		String error = binding.hasErrors() ? "engagement.checkIn.answerMissing" : null;
		if (error == null) {
			try {
				checkIns.answerByLink(token, form.getAnswer(), form.getNote());
				model.addAttribute("state", "THANKS");
				model.addAttribute("answer", form.getAnswer());
				return "engagement/check-in-link";
			}
			catch (NotFoundException unknown) {
				// shown as the plain "unknown link" page below
			}
			catch (InvalidInput invalid) {
				error = invalid.messageKey();
			}
		}
		return page(model, token, form, error, response);
	}

	private boolean allowed(String token, HttpServletRequest request) {
		boolean visitorHasRoom = byVisitor.tryAcquire(RequesterKey.of(request).orElse(UNKNOWN));
		boolean linkHasRoom = byLink.tryAcquire(CheckIns.digest(token));
		return visitorHasRoom && linkHasRoom;
	}

	private String page(Model model, String token, CheckInForm form, @org.jspecify.annotations.Nullable String error,
			HttpServletResponse response) {
		CheckIns.Link link = checkIns.link(token);
		if (link.state() == CheckIns.LinkState.UNKNOWN) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		else if (link.state() != CheckIns.LinkState.OPEN) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		else if (error != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("state", link.state().name());
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		model.addAttribute("checkInForm", form);
		model.addAttribute("answerError", error);
		model.addAttribute("answers", org.tandem.engagement.CheckInAnswer.values());
		return "engagement/check-in-link";
	}

	private String tooMany(Model model, HttpServletResponse response) {
		response.setStatus(429);
		model.addAttribute("state", "TOO_MANY");
		return "engagement/check-in-link";
	}

}
