package org.tandem.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.AccountService;
import org.tandem.account.domain.SecondFactorService;
import org.tandem.account.domain.SecurityEventKind;
import org.tandem.account.persistence.Passkeys;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.account.security.SecondFactorThrottle;
import org.tandem.platform.Factors;
import org.tandem.platform.SignIn;
import org.tandem.platform.TandemPrincipal;

/** The sign-in page, and the second step: a TOTP code, a passkey, or a recovery code. */
@Controller
class SignInController {

	private final AccountService accounts;

	private final SecondFactorService secondFactors;

	private final SecondFactorThrottle throttle;

	private final Passkeys passkeys;

	private final SecurityEvents events;

	private final SignIn signIn;

	SignInController(AccountService accounts, SecondFactorService secondFactors, SecondFactorThrottle throttle,
			Passkeys passkeys, SecurityEvents events, SignIn signIn) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.throttle = throttle;
		this.passkeys = passkeys;
		this.events = events;
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	/** Rendered by forwarding from the failed sign-in, with the name kept and the password not. */
	@PostMapping("/login/failed")
	String failed(HttpServletRequest request, Model model, @RequestParam(defaultValue = "") String username) {
		Object error = request.getAttribute("tandem.signInError");
		model.addAttribute("error", error == null ? null : error.toString());
		model.addAttribute("username", username.length() > 64 ? username.substring(0, 64) : username);
		return "account/login";
	}

	@GetMapping(Factors.SECOND_FACTOR_PATH)
	String secondFactor(TandemPrincipal principal, Model model) {
		return secondFactorPage(principal, model, null);
	}

	@PostMapping(Factors.SECOND_FACTOR_PATH)
	String totp(TandemPrincipal principal, @RequestParam(defaultValue = "") String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return check(principal, model, request, response, Factors.TOTP,
				() -> code.length() <= 12 && secondFactors.verifyTotp(principal.accountId(), code));
	}

	@PostMapping(Factors.SECOND_FACTOR_PATH + "/recovery")
	String recovery(TandemPrincipal principal, @RequestParam(defaultValue = "") String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return check(principal, model, request, response, Factors.RECOVERY_CODE,
				() -> code.length() <= 20 && secondFactors.useRecoveryCode(principal.accountId(), code));
	}

	private String check(TandemPrincipal principal, Model model, HttpServletRequest request,
			HttpServletResponse response, String factor, java.util.function.BooleanSupplier verification) {
		try {
			throttle.check(principal.accountId());
		}
		catch (LockedException locked) {
			return secondFactorPage(principal, model, "login.error.throttled");
		}
		if (!verification.getAsBoolean()) {
			events.recordAlone(SecurityEventKind.SECOND_FACTOR_FAILED, principal.accountId(), null);
			boolean nowLocked = throttle.failed(principal.accountId());
			return secondFactorPage(principal, model, nowLocked ? "login.error.throttled" : "secondFactor.invalid");
		}
		throttle.passed(principal.accountId());
		events.recordAlone(SecurityEventKind.SECOND_FACTOR_PASSED, principal.accountId(),
				factor.equals(Factors.TOTP) ? "totp" : "recovery-code");
		signIn.add(List.of(Factors.factor(factor)), request, response);
		return "redirect:/dashboard";
	}

	private String secondFactorPage(TandemPrincipal principal, Model model, @Nullable String error) {
		Account account = accounts.get(principal.accountId());
		model.addAttribute("totp", account.totpEnrolled());
		model.addAttribute("passkey", passkeys.any(account.username()));
		model.addAttribute("error", error);
		return "account/second-factor";
	}

}
