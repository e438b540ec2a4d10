package org.tandem.platform.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.platform.Access;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/**
 * The outbox as staff see it: whether mail can leave, how much waits, and the dead letters (recipient masked, the
 * kind of failure) to retry or discard.
 */
@Controller
class MailController {

	private final MailOutbox outbox;

	MailController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/staff/mail")
	String outbox(Model model) {
		model.addAttribute("backlog", outbox.backlog());
		model.addAttribute("dead", outbox.deadLetters(200));
		return "platform/mail";
	}

	@PostMapping("/staff/mail/{id}/{action:retry|discard}")
	String act(@PathVariable UUID id, @PathVariable String action) {
		boolean done = action.equals("retry") ? outbox.retry(id) : outbox.discardDeadLetter(id);
		return "redirect:/staff/mail?" + (done ? action : "gone");
	}

	@Configuration(proxyBeanMethods = false)
	static class MailWebConfiguration {

		@Bean
		PathRules mailPathRules() {
			return rules -> rules.requestMatchers("/staff/mail", "/staff/mail/**")
				.access(Access.completeWithAnyRole(Role.STAFF));
		}

		/** Dead letters: mail that failed too often and waits for staff (the outbox holds only unsent mail). */
		@Bean
		OverviewFigure.Provider mailFigures(MailOutbox outbox) {
			return now -> List.of(new OverviewFigure("mail-failing", "overview.mailFailing", outbox.backlog().dead(),
					"/staff/mail", 80, true));
		}

		@Bean
		Navigation mailNavigation() {
			return () -> List.of(new NavigationItem(29, "nav.mail", "/staff/mail", Set.of(Role.STAFF)));
		}

	}

}
