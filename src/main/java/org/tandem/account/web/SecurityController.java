package org.tandem.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.AccountService;
import org.tandem.platform.InvalidInput;
import org.tandem.account.domain.QrCodeSvg;
import org.tandem.account.domain.SecondFactorService;
import org.tandem.account.domain.Totp;
import org.tandem.account.persistence.Passkeys;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.Factors;
import org.tandem.platform.SignIn;
import org.tandem.platform.TandemPrincipal;
import org.tandem.platform.TandemProperties;
import org.tandem.platform.ShowsSecret;
import org.tandem.platform.TimeZonePreferences;

/** A person's own security: second factors, recovery codes, password, and recent activity. */
@Controller
class SecurityController {

	private static final String PENDING_SECRET = "tandem.pendingTotpSecret";

	private final AccountService accounts;

	private final SecondFactorService secondFactors;

	private final Passkeys passkeys;

	private final SecurityEvents events;

	private final SignIn signIn;

	private final TandemProperties properties;

	private final MessageSource messages;

	private final org.tandem.account.domain.SignedOutEverywhere signOut;

	private final TimeZonePreferences timeZones;

	SecurityController(AccountService accounts, SecondFactorService secondFactors, Passkeys passkeys,
			SecurityEvents events, SignIn signIn, TandemProperties properties, MessageSource messages,
			org.tandem.account.domain.SignedOutEverywhere signOut, TimeZonePreferences timeZones) {
		this.signOut = signOut;
		this.timeZones = timeZones;
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.passkeys = passkeys;
		this.events = events;
		this.signIn = signIn;
		this.properties = properties;
		this.messages = messages;
	}

	private static final java.util.Set<String> NOTICES = java.util.Set.of("totp", "passkey", "totpRemoved",
			"passkeyRemoved", "password", "timeZone");

	@ShowsSecret
	@GetMapping("/account/security")
	String overview(TandemPrincipal principal, Model model,
			@RequestParam(required = false) String done, @RequestParam(required = false) String failure) {
		if (done != null && NOTICES.contains(done)) {
			model.addAttribute("done", "security.done." + done);
		}
		if ("lastFactor".equals(failure)) {
			model.addAttribute("failure", "security.lastFactorRequired");
		}
		return overviewPage(principal, model, new Forms.ChangePasswordForm());
	}

	/**
	 * Whether a sign-in still waiting for a first factor finds that one was enrolled meanwhile (in another session):
	 * then this sign-in must give that factor, not enroll another. Marks the sign-in accordingly.
	 */
	private boolean enrolledElsewhere(TandemPrincipal principal, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		if (Factors.stateOf(authentication) == Factors.SignInState.COMPLETE
				|| !secondFactors.enrolled(accounts.get(principal.accountId()))) {
			return false;
		}
		signIn.add(List.of(new SimpleGrantedAuthority(Factors.ENROLLED)), request, response);
		return true;
	}

	@ShowsSecret
	@GetMapping(Factors.ENROLL_PATH)
	String enroll(TandemPrincipal principal, Authentication authentication, HttpSession session,
			Model model, java.util.Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (enrolledElsewhere(principal, authentication, request, response)) {
			return "redirect:" + Factors.SECOND_FACTOR_PATH;
		}
		String secret = Totp.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		return enrollPage(principal, authentication, model, new Forms.CodeForm(), secret, locale);
	}

	@ShowsSecret
	@PostMapping(Factors.ENROLL_PATH + "/totp")
	String confirmTotp(TandemPrincipal principal, Authentication authentication,
			@Valid @ModelAttribute("form") Forms.CodeForm form, BindingResult binding, HttpSession session, Model model,
			HttpServletRequest request, HttpServletResponse response, java.util.Locale locale) {
		Object secret = session.getAttribute(PENDING_SECRET);
		if (secret == null || enrolledElsewhere(principal, authentication, request, response)) {
			return "redirect:" + Factors.ENROLL_PATH;
		}
		if (binding.hasErrors()) {
			return enrollPage(principal, authentication, model, form, secret.toString(), locale);
		}
		try {
			boolean first = Factors.stateOf(authentication) == Factors.SignInState.NEEDS_ENROLLMENT;
			List<String> codes = secondFactors.enrollTotp(principal.accountId(), secret.toString(), form.getCode());
			session.removeAttribute(PENDING_SECRET);
			if (first) {
				signOut.signOutOthers(accounts.get(principal.accountId()).username(), session.getId());
			}
			signIn.add(List.of(Factors.factor(Factors.TOTP), new SimpleGrantedAuthority(Factors.ENROLLED)), request,
					response);
			if (codes.isEmpty()) {
				return "redirect:/account/security?done=totp";
			}
			model.addAttribute("codes", codes);
			model.addAttribute("next", "/dashboard");
			return "account/recovery-codes";
		}
		catch (InvalidInput invalid) {
			Forms.reject(binding, invalid);
			return enrollPage(principal, authentication, model, form, secret.toString(), locale);
		}
	}

	/**
	 * Where the passkey script goes after registering. The new passkey is not yet proven at sign-in, so the person is
	 * asked to use it once before the sign-in is complete.
	 */
	@GetMapping(Factors.ENROLL_PATH + "/passkey-done")
	String passkeyDone(TandemPrincipal principal, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Account account = accounts.get(principal.accountId());
		if (!passkeys.any(account.username())) {
			return "redirect:" + Factors.ENROLL_PATH;
		}
		boolean complete = Factors.stateOf(authentication) == Factors.SignInState.COMPLETE;
		signIn.add(List.of(new SimpleGrantedAuthority(Factors.ENROLLED)), request, response);
		if (!complete) {
			signOut.signOutOthers(account.username(), request.getSession().getId());
		}
		if (secondFactors.unusedRecoveryCodes(account.id()) == 0) {
			model.addAttribute("codes", secondFactors.newRecoveryCodes(account.id()));
			model.addAttribute("next", complete ? "/account/security" : Factors.SECOND_FACTOR_PATH);
			return "account/recovery-codes";
		}
		return complete ? "redirect:/account/security?done=passkey" : "redirect:" + Factors.SECOND_FACTOR_PATH;
	}

	@PostMapping("/account/security/totp/remove")
	String removeTotp(TandemPrincipal principal) {
		try {
			secondFactors.removeTotp(principal.accountId());
			return "redirect:/account/security?done=totpRemoved";
		}
		catch (InvalidInput invalid) {
			return "redirect:/account/security?failure=lastFactor";
		}
	}

	@PostMapping("/account/security/passkeys/delete")
	String removePasskey(TandemPrincipal principal,
			@RequestParam(defaultValue = "") String credentialId) {
		try {
			secondFactors.removePasskey(principal.accountId(), credentialId);
			return "redirect:/account/security?done=passkeyRemoved";
		}
		catch (InvalidInput invalid) {
			return "redirect:/account/security?failure=lastFactor";
		}
	}

	@ShowsSecret
	@PostMapping("/account/security/recovery-codes")
	String newRecoveryCodes(TandemPrincipal principal, Model model) {
		Account account = accounts.get(principal.accountId());
		if (!secondFactors.enrolled(account)) {
			return "redirect:/account/security";
		}
		model.addAttribute("codes", secondFactors.newRecoveryCodes(principal.accountId()));
		model.addAttribute("next", "/account/security");
		return "account/recovery-codes";
	}

	@PostMapping("/account/security/password")
	String changePassword(TandemPrincipal principal,
			@Valid @ModelAttribute("passwordForm") Forms.ChangePasswordForm form, BindingResult binding, Model model,
			HttpSession session) {
		Forms.checkRepeated(binding, form.getPassword(), form.getPasswordAgain());
		if (!binding.hasErrors()) {
			try {
				accounts.changePassword(principal.accountId(), form.getCurrentPassword(), form.getPassword(),
						session.getId());
				return "redirect:/account/security?done=password";
			}
			catch (InvalidInput invalid) {
				Forms.reject(binding, invalid);
			}
		}
		return overviewPage(principal, model, form);
	}

	/** The zone this person reads times in; none (empty) means UTC. */
	@PostMapping("/account/security/time-zone")
	String chooseTimeZone(TandemPrincipal principal, @RequestParam(defaultValue = "") String timeZone, Model model) {
		String chosen = timeZone.strip();
		try {
			timeZones.choose(principal.accountId(), chosen.isEmpty() ? null : chosen);
			return "redirect:/account/security?done=timeZone";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("timeZoneError", invalid.messageKey());
			model.addAttribute("timeZoneTyped", chosen);
			return overviewPage(principal, model, new Forms.ChangePasswordForm());
		}
	}

	private String overviewPage(TandemPrincipal principal, Model model, Forms.ChangePasswordForm form) {
		if (!model.containsAttribute("timeZoneTyped")) {
			model.addAttribute("timeZoneTyped",
					timeZones.zoneOf(principal.accountId()).map(java.time.ZoneId::getId).orElse(""));
		}
		Account account = accounts.get(principal.accountId());
		form.setCurrentPassword("");
		form.setPassword("");
		form.setPasswordAgain("");
		model.addAttribute("passwordForm", form);
		model.addAttribute("totp", account.totpEnrolled());
		model.addAttribute("passkeys", passkeys.ofUser(account.username()));
		model.addAttribute("enrolled", secondFactors.enrolled(account));
		model.addAttribute("recoveryCodes", secondFactors.unusedRecoveryCodes(account.id()));
		model.addAttribute("activity", events.forAccount(account.id()).stream().limit(20).toList());
		return "account/security";
	}

	private String enrollPage(TandemPrincipal principal, Authentication authentication, Model model,
			Forms.CodeForm form, String secret, java.util.Locale locale) {
		Account account = accounts.get(principal.accountId());
		String uri = Totp.uri(properties.hubName(), account.username(), secret);
		form.setCode("");
		model.addAttribute("form", form);
		model.addAttribute("required", Factors.stateOf(authentication) == Factors.SignInState.NEEDS_ENROLLMENT);
		model.addAttribute("qrSvg", QrCodeSvg.render(uri, messages.getMessage("enroll.totp.qr", null, locale)));
		model.addAttribute("secretGrouped", secret.replaceAll("(.{4})(?!$)", "$1 "));
		return "account/enroll";
	}

}
