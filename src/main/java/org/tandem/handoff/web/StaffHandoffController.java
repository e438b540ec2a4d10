package org.tandem.handoff.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.handoff.domain.Handoffs;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff's view of handoffs: every one in flight with where it is stuck, and one request's handoff with its offers,
 * the introduction, contact and follow-ups, and what staff can do (send the offer to the next provider, record
 * confirmed contact after checking, close).
 */
@Controller
class StaffHandoffController {

	private final Handoffs handoffs;

	private final MailOutbox mail;

	StaffHandoffController(Handoffs handoffs, MailOutbox mail) {
		this.handoffs = handoffs;
		this.mail = mail;
	}

	@GetMapping("/staff/handoffs")
	String inFlight(Model model) {
		model.addAttribute("rows", handoffs.inFlight());
		model.addAttribute("backlog", mail.backlog());
		return "handoff/staff-list";
	}

	@GetMapping("/staff/requests/{id}/handoff")
	String handoff(@PathVariable UUID id, Model model) {
		return page(model, id, null);
	}

	private String page(Model model, UUID id, String error) {
		Handoffs.StaffView view = handoffs.staffView(id).orElse(null);
		if (view == null) {
			model.addAttribute("requestId", id);
			return "handoff/staff-none";
		}
		model.addAttribute("view", view);
		model.addAttribute("error", error);
		return "handoff/staff-detail";
	}

	@PostMapping("/staff/requests/{id}/handoff/{action:skip|confirm|close}")
	String act(@PathVariable UUID id, @PathVariable String action, TandemPrincipal principal, Model model,
			HttpServletResponse response) {
		handoffs.find(id).orElseThrow(NotFoundException::new);
		try {
			switch (action) {
				case "skip" -> handoffs.skip(id);
				case "confirm" -> {
					if (handoffs.staffConfirm(id, principal.accountId()) == Handoffs.Confirmation.PURGED) {
						return "redirect:/staff/handoffs?purged";
					}
				}
				default -> handoffs.staffClose(id, principal.accountId());
			}
			return "redirect:/staff/requests/" + id + "/handoff?done=" + action;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(model, id, invalid.messageKey());
		}
	}

}
