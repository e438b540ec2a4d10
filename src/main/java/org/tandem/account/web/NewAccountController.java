package org.tandem.account.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.AccountService;
import org.tandem.platform.InvalidInput;
import org.tandem.account.domain.InvitationService;
import org.tandem.account.security.AccountUser;
import org.tandem.platform.Factors;
import org.tandem.platform.Role;
import org.tandem.platform.SignIn;

/**
 * The two ways to a new account: the first administrator's set-up link and an invitation. Both sign the person in
 * with the password factor only, so the second-factor rules take over from there.
 */
@Controller
class NewAccountController {

	private final AccountService accounts;

	private final InvitationService invitations;

	private final SignIn signIn;

	NewAccountController(AccountService accounts, InvitationService invitations, SignIn signIn) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.signIn = signIn;
	}

	@GetMapping("/setup/{token}")
	String setup(@PathVariable String token, Model model) {
		if (!accounts.setupOpen(token)) {
			return "account/link-invalid";
		}
		return setupPage(model, token, new Forms.NewAccountForm());
	}

	@PostMapping("/setup/{token}")
	String createAdministrator(@PathVariable String token, @Valid @ModelAttribute("form") Forms.NewAccountForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!accounts.setupOpen(token)) {
			return "account/link-invalid";
		}
		Forms.checkRepeated(binding, form.getPassword(), form.getPasswordAgain());
		if (binding.hasErrors()) {
			return setupPage(model, token, form);
		}
		try {
			Account account = accounts.createFirstAdministrator(token, details(form));
			signInWithPassword(account, request, response);
			return "redirect:" + Factors.ENROLL_PATH;
		}
		catch (InvalidInput invalid) {
			if (invalid.field().equals("token")) {
				return "account/link-invalid";
			}
			Forms.reject(binding, invalid);
			return setupPage(model, token, form);
		}
	}

	@GetMapping("/invitation/{token}")
	String invitation(@PathVariable String token, Model model) {
		var invitation = invitations.open(token);
		if (invitation.isEmpty()) {
			return "account/link-invalid";
		}
		var form = new Forms.NewAccountForm();
		if (invitation.get().email() != null) {
			form.setEmail(invitation.get().email());
		}
		return invitationPage(model, token, form, invitation.get().roles());
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("form") Forms.NewAccountForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		var invitation = invitations.open(token);
		if (invitation.isEmpty()) {
			return "account/link-invalid";
		}
		Forms.checkRepeated(binding, form.getPassword(), form.getPasswordAgain());
		if (binding.hasErrors()) {
			return invitationPage(model, token, form, invitation.get().roles());
		}
		try {
			Account account = accounts.acceptInvitation(token, details(form));
			signInWithPassword(account, request, response);
			return "redirect:/dashboard";
		}
		catch (InvalidInput invalid) {
			if (invalid.field().equals("token")) {
				return "account/link-invalid";
			}
			Forms.reject(binding, invalid);
			return invitationPage(model, token, form, invitation.get().roles());
		}
	}

	private void signInWithPassword(Account account, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		account.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
		if (account.secondFactorRequired()) {
			authorities.add(new SimpleGrantedAuthority(Factors.REQUIRED));
		}
		authorities.add(Factors.factor(Factors.PASSWORD));
		var user = new AccountUser(account.id(), account.username(), account.displayName(), account.demo(), null,
				authorities);
		signIn.signIn(user, authorities, request, response);
	}

	private static AccountService.NewAccount details(Forms.NewAccountForm form) {
		return new AccountService.NewAccount(form.getUsername(), form.getDisplayName(),
				form.getEmail().isBlank() ? null : form.getEmail(), form.getPassword());
	}

	private String setupPage(Model model, String token, Forms.NewAccountForm form) {
		form.setPassword("");
		form.setPasswordAgain("");
		model.addAttribute("form", form);
		model.addAttribute("heading", "setup.title");
		model.addAttribute("intro", "setup.intro");
		model.addAttribute("roles", null);
		model.addAttribute("action", "/setup/" + token);
		return "account/new-account";
	}

	private String invitationPage(Model model, String token, Forms.NewAccountForm form, java.util.Set<Role> roles) {
		form.setPassword("");
		form.setPasswordAgain("");
		model.addAttribute("form", form);
		model.addAttribute("heading", "invitation.title");
		model.addAttribute("intro", "invitation.intro");
		model.addAttribute("roles", roles);
		model.addAttribute("action", "/invitation/" + token);
		return "account/new-account";
	}

}
