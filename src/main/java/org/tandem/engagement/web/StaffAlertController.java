package org.tandem.engagement.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.CheckIns;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff's keep-in-touch alerts: a side answered a check-in with "need help". The list says which engagement, which
 * provider, which side and since when, never what the side wrote (that stays on the engagement's check-ins page, for
 * its participants); any staff member may mark an alert handled, which records who and when.
 */
@Controller
class StaffAlertController {

	private final CheckIns checkIns;

	private final Providers providers;

	StaffAlertController(CheckIns checkIns, Providers providers) {
		this.checkIns = checkIns;
		this.providers = providers;
	}

	@GetMapping("/staff/engagements/alerts")
	String alerts(Model model) {
		return page(model, null);
	}

	@PostMapping("/staff/engagements/alerts/{alertId}/handled")
	String handled(TandemPrincipal principal, @PathVariable UUID alertId, Model model) {
		try {
			checkIns.handle(alertId, principal.accountId());
			return "redirect:/staff/engagements/alerts?handled";
		}
		catch (InvalidInput invalid) {
			return page(model, invalid.messageKey());
		}
	}

	private String page(Model model, @org.jspecify.annotations.Nullable String error) {
		List<CheckIns.AlertView> open = checkIns.openAlerts();
		model.addAttribute("alerts", open);
		model.addAttribute("providerNames", providers.names(open.stream().map(CheckIns.AlertView::providerId).toList()));
		model.addAttribute("alertError", error);
		return "engagement/staff-alerts";
	}

}
