package org.tandem.account.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.account.domain.AccessTokenService;
import org.tandem.account.domain.AccountService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;
import org.tandem.platform.ShowsSecret;

/** A person's own personal access tokens for the JSON API. */
@Controller
class TokenController {

	private final AccessTokenService tokens;

	private final AccountService accounts;

	private final Clock clock;

	TokenController(AccessTokenService tokens, AccountService accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String list(TandemPrincipal principal, Model model) {
		return page(principal, model, new Forms.TokenForm());
	}

	@ShowsSecret
	@PostMapping("/account/tokens")
	String create(TandemPrincipal principal, @Valid @ModelAttribute("form") Forms.TokenForm form,
			BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				String token = tokens.create(principal.accountId(), form.getName(), new LinkedHashSet<>(form.getScopes()),
						form.getDays());
				model.addAttribute("newToken", token);
				return page(principal, model, new Forms.TokenForm());
			}
			catch (InvalidInput invalid) {
				Forms.reject(binding, invalid);
			}
		}
		return page(principal, model, form);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(TandemPrincipal principal, @PathVariable UUID id) {
		tokens.revoke(principal.accountId(), id);
		return "redirect:/account/tokens";
	}

	private String page(TandemPrincipal principal, Model model, Forms.TokenForm form) {
		var roles = accounts.get(principal.accountId()).roles();
		model.addAttribute("form", form);
		model.addAttribute("tokens", tokens.of(principal.accountId()));
		model.addAttribute("scopes",
				Arrays.stream(AccessTokenService.Scope.values()).filter(s -> s.availableTo(roles)).toList());
		model.addAttribute("lifetimes", AccessTokenService.LIFETIMES_DAYS);
		model.addAttribute("now", clock.instant());
		return "account/tokens";
	}

}
