package org.tandem.handoff.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.handoff.HandoffProperties;
import org.tandem.handoff.domain.Confirmations;
import org.tandem.handoff.domain.ContactRecords;
import org.tandem.handoff.domain.FollowUps;
import org.tandem.handoff.domain.HandoffViews;
import org.tandem.handoff.domain.Offers;
import org.tandem.handoff.domain.Stage;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff's view of handoffs: every one in flight with where it is stuck, and one request's handoff with its offers,
 * the introduction, contact and follow-ups, and what staff can do (send the offer to the next provider, record
 * confirmed contact after checking — with a reason against a side's "not yet", waiting a grace period when a side has
 * not confirmed it — close).
 */
@Controller
class StaffHandoffController {

	private final HandoffViews views;

	private final Offers offers;

	private final FollowUps followUps;

	private final ContactRecords records;

	private final MailOutbox mail;

	private final HandoffProperties properties;

	StaffHandoffController(HandoffViews views, Offers offers, FollowUps followUps, ContactRecords records,
			MailOutbox mail, HandoffProperties properties) {
		this.views = views;
		this.offers = offers;
		this.followUps = followUps;
		this.records = records;
		this.mail = mail;
		this.properties = properties;
	}

	@GetMapping("/staff/handoffs")
	String inFlight(@RequestParam(defaultValue = "") String show, Model model) {
		// the overview's figures link here: only offers waiting for a provider, or only handoffs stuck
		List<HandoffViews.InFlight> rows = switch (show) {
			case "offering" -> views.inFlight().stream().filter(r -> r.handoff().stage() == Stage.OFFERING).toList();
			case "stuck" -> views.inFlight().stream().filter(r -> r.stuck() != null).toList();
			default -> views.inFlight();
		};
		model.addAttribute("rows", rows);
		model.addAttribute("show", switch (show) {
			case "offering", "stuck" -> show;
			default -> "";
		});
		model.addAttribute("backlog", mail.backlog());
		return "handoff/staff-list";
	}

	@GetMapping("/staff/requests/{id}/handoff")
	String handoff(@PathVariable UUID id, Model model) {
		return page(model, id, null, "");
	}

	/**
	 * @param error a refusal for the page, or for the reason when it names the reason's field
	 * @param reason the reason as typed
	 */
	private String page(Model model, UUID id, @Nullable InvalidInput error, String reason) {
		HandoffViews.StaffView view = views.staffView(id).orElse(null);
		if (view == null) {
			if (!views.requestExists(id)) {
				throw new NotFoundException();
			}
			model.addAttribute("requestId", id);
			return "handoff/staff-none";
		}
		model.addAttribute("view", view);
		boolean aboutReason = error != null && error.field().equals("reason");
		model.addAttribute("error", error == null || aboutReason ? null : error.messageKey());
		model.addAttribute("reasonError", aboutReason ? error.messageKey() : null);
		model.addAttribute("reason", reason);
		model.addAttribute("graceHours", properties.contactGrace().toHours());
		model.addAttribute("maxReason", ContactRecords.MAX_REASON);
		return "handoff/staff-detail";
	}

	@PostMapping("/staff/requests/{id}/handoff/{action:skip|confirm|close}")
	String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(defaultValue = "") String reason,
			TandemPrincipal principal, Model model, HttpServletResponse response) {
		views.find(id).orElseThrow(NotFoundException::new);
		try {
			switch (action) {
				case "skip" -> offers.skip(id);
				case "confirm" -> {
					Confirmations.Confirmation result = records.record(id, principal.accountId(), reason);
					if (result == Confirmations.Confirmation.PURGED) {
						return "redirect:/staff/handoffs?purged";
					}
					if (result == Confirmations.Confirmation.PENDING) {
						return "redirect:/staff/requests/" + id + "/handoff?done=recorded";
					}
				}
				default -> followUps.staffClose(id, principal.accountId());
			}
			return "redirect:/staff/requests/" + id + "/handoff?done=" + action;
		}
		catch (InvalidInput invalid) {
			// a missing or overlong reason is the form's to fix (kept as typed); anything else changed meanwhile
			response.setStatus(invalid.field().equals("reason") ? HttpServletResponse.SC_BAD_REQUEST
					: HttpServletResponse.SC_CONFLICT);
			return page(model, id, invalid, reason);
		}
	}

}
