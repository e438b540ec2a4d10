package org.tandem.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.Role;

/** The public front page and the signed-in dashboard, which for hub staff opens on the overview's figures. */
@Controller
class HomeController {

	private final List<OverviewFigure.Provider> figures;

	private final Clock clock;

	HomeController(List<OverviewFigure.Provider> figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@GetMapping("/dashboard")
	String dashboard(Authentication authentication, Model model) {
		// the figures count the hub's queues: only hub staff see them (every list they link to is for staff only)
		boolean staff = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals(Role.STAFF.authority()));
		if (staff) {
			Instant now = clock.instant();
			model.addAttribute("figures", figures.stream()
				.flatMap(p -> p.figures(now).stream())
				.sorted(Comparator.comparingInt(OverviewFigure::order))
				.toList());
			model.addAttribute("figureCap", OverviewFigure.CAP);
		}
		return "platform/dashboard";
	}

}
