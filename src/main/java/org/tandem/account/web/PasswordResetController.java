package org.tandem.account.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.platform.InvalidInput;
import org.tandem.account.domain.PasswordResetService;

/** Forgotten passwords. The same answer for every name or address, known or not. */
@Controller
class PasswordResetController {

	private final PasswordResetService resets;

	PasswordResetController(PasswordResetService resets) {
		this.resets = resets;
	}

	@GetMapping("/password-reset")
	String request(Model model) {
		model.addAttribute("form", Forms.ResetRequestForm.empty());
		return "account/reset-request";
	}

	@PostMapping("/password-reset")
	String send(@Valid @ModelAttribute("form") Forms.ResetRequestForm form, BindingResult binding, Model model,
			Locale locale) {
		if (binding.hasErrors()) {
			return "account/reset-request";
		}
		resets.request(form.name(), locale);
		model.addAttribute("form", Forms.ResetRequestForm.empty());
		model.addAttribute("sent", true);
		return "account/reset-request";
	}

	@GetMapping("/password-reset/{token}")
	String form(@PathVariable String token, Model model) {
		if (!resets.isOpen(token)) {
			return "account/link-invalid";
		}
		return page(model, token, new Forms.NewPasswordForm());
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("form") Forms.NewPasswordForm form,
			BindingResult binding, Model model) {
		if (!resets.isOpen(token)) {
			return "account/link-invalid";
		}
		Forms.checkRepeated(binding, form.getPassword(), form.getPasswordAgain());
		if (binding.hasErrors()) {
			return page(model, token, form);
		}
		try {
			resets.reset(token, form.getPassword());
			return "redirect:/login?reset";
		}
		catch (InvalidInput invalid) {
			if (invalid.field().equals("token")) {
				return "account/link-invalid";
			}
			Forms.reject(binding, invalid);
			return page(model, token, form);
		}
	}

	private String page(Model model, String token, Forms.NewPasswordForm form) {
		form.setPassword("");
		form.setPasswordAgain("");
		model.addAttribute("form", form);
		model.addAttribute("action", "/password-reset/" + token);
		return "account/reset-form";
	}

}
