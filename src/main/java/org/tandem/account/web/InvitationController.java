package org.tandem.account.web;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.account.domain.AccountService;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.InvalidInput;
import org.tandem.account.domain.InvitationService;
import org.tandem.platform.Role;
import org.tandem.platform.TandemPrincipal;
import org.tandem.platform.ShowsSecret;

/** Staff and administrators invite people into roles; the link is shown once. */
@Controller
class InvitationController {

	private final InvitationService invitations;

	private final AccountService accounts;

	private final AbsoluteLinks links;

	private final Clock clock;

	InvitationController(InvitationService invitations, AccountService accounts, AbsoluteLinks links, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/invitations")
	String list(TandemPrincipal principal, Model model) {
		return page(roles(principal), model, new Forms.InvitationForm());
	}

	@ShowsSecret
	@PostMapping("/invitations")
	String create(TandemPrincipal principal,
			@Valid @ModelAttribute("form") Forms.InvitationForm form, BindingResult binding, Model model, Locale locale,
			HttpServletRequest request) {
		Set<Role> actorRoles = roles(principal);
		if (!binding.hasErrors()) {
			try {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				for (String name : form.getRoles()) {
					roles.add(Role.parse(name).orElseThrow(() -> new InvalidInput("roles", "invitation.roleNotGrantable")));
				}
				String path = invitations.invite(principal.accountId(), actorRoles, form.getEmail(), roles,
						form.isSendMail(), locale);
				model.addAttribute("newLink", links.forPage(request, path));
				model.addAttribute("mailed", form.isSendMail());
				return page(actorRoles, model, new Forms.InvitationForm());
			}
			catch (InvalidInput invalid) {
				Forms.reject(binding, invalid);
			}
		}
		return page(actorRoles, model, form);
	}

	@PostMapping("/invitations/{id}/revoke")
	String revoke(TandemPrincipal principal, @PathVariable UUID id) {
		invitations.revoke(principal.accountId(), roles(principal), id);
		return "redirect:/invitations?revoked";
	}

	private Set<Role> roles(TandemPrincipal principal) {
		return accounts.get(principal.accountId()).roles();
	}

	private String page(Set<Role> actorRoles, Model model, Forms.InvitationForm form) {
		model.addAttribute("form", form);
		model.addAttribute("grantable", InvitationService.grantable(actorRoles));
		model.addAttribute("invitations", invitations.recent(actorRoles));
		model.addAttribute("now", clock.instant());
		return "account/invitations";
	}

}
