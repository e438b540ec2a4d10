package org.tandem.privacy.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.RetentionService;
import org.tandem.privacy.keys.KekRotation;

/**
 * The public purge receipt (reachable by whoever holds its code), the staff overview of purges and retention, and
 * the administrator's controls: retention periods and key-encryption key rotation.
 */
@Controller
class PrivacyController {

	private final PurgeService purges;

	private final RetentionService retention;

	private final KekRotation rotation;

	PrivacyController(PurgeService purges, RetentionService retention, KekRotation rotation) {
		this.purges = purges;
		this.retention = retention;
		this.rotation = rotation;
	}

	@GetMapping("/privacy/receipts/{code}")
	String receipt(@PathVariable String code, Model model) {
		model.addAttribute("receipt", purges.receipt(code).orElseThrow(NotFoundException::new));
		return "privacy/receipt";
	}

	@GetMapping("/staff/privacy")
	String overview(Authentication authentication, Model model) {
		return overview(authentication, model, null, null);
	}

	@PostMapping("/admin/privacy/retention")
	String changeRetention(TandemPrincipal principal, Authentication authentication, @RequestParam String kind,
			@RequestParam(required = false) @Nullable String days, Model model) {
		try {
			long value;
			try {
				value = Long.parseLong(days == null ? "" : days.strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("days", "retention.error.number");
			}
			retention.change(kind, value, principal.accountId());
			return "redirect:/staff/privacy?saved";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("failedKind", kind);
			model.addAttribute("failedDays", days);
			return overview(authentication, model, kind, invalid.messageKey());
		}
	}

	@PostMapping("/admin/privacy/rotate-kek")
	String rotate() {
		int count = rotation.rotate();
		return "redirect:/staff/privacy?rotated=" + count;
	}

	private String overview(Authentication authentication, Model model, @Nullable String errorKind,
			@Nullable String errorKey) {
		model.addAttribute("admin", authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority())));
		model.addAttribute("purges", purges.recent(50));
		model.addAttribute("settings", retention.settings());
		model.addAttribute("rotatesLocally", rotation.rotatesLocally());
		model.addAttribute("errorKind", errorKind);
		model.addAttribute("errorKey", errorKey);
		return "privacy/overview";
	}

}
