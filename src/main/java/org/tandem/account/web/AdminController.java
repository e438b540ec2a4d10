package org.tandem.account.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.AccountService;
import org.tandem.platform.InvalidInput;
import org.tandem.account.domain.SecondFactorService;
import org.tandem.account.domain.SecurityEventKind;
import org.tandem.account.persistence.Passkeys;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.Role;
import org.tandem.platform.TandemPrincipal;

/** Administrators: accounts, their roles and status, second-factor resets, and the security audit log. */
@Controller
class AdminController {

	private static final int AUDIT_PAGE_SIZE = 50;

	private static final int USERS_PAGE_SIZE = 50;

	private static final Set<String> NOTICES = Set.of("roles", "status", "factors");

	private static final Set<String> FAILURES = Set.of("admin.roles.keepOwnAdmin", "admin.status.notSelf");

	private final AccountService accounts;

	private final SecondFactorService secondFactors;

	private final SecurityEvents events;

	private final Passkeys passkeys;

	AdminController(AccountService accounts, SecondFactorService secondFactors, SecurityEvents events,
			Passkeys passkeys) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.events = events;
		this.passkeys = passkeys;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(defaultValue = "") String after, @RequestParam(defaultValue = "") String from,
			Model model) {
		// a user name as stored is at most 64 characters; anything longer is no position in the list
		List<Account> rows = !from.isBlank() && from.length() <= 64 ? accounts.pageFrom(from)
				: accounts.pageAfter(after.length() > 64 ? "" : after);
		model.addAttribute("from", from.length() > 64 ? "" : from);
		List<Account> shown = rows.size() > USERS_PAGE_SIZE ? rows.subList(0, USERS_PAGE_SIZE) : rows;
		Set<String> withPasskey = passkeys.usersWithAny(shown.stream().map(Account::username).toList());
		model.addAttribute("users", shown.stream()
			.map(a -> view(a, a.totpEnrolled() || withPasskey.contains(a.username())))
			.toList());
		model.addAttribute("next", rows.size() > USERS_PAGE_SIZE ? shown.getLast().username() : null);
		model.addAttribute("later", !after.isEmpty() || !from.isBlank());
		return "account/admin-users";
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable UUID id, Model model, @RequestParam(required = false) String done,
			@RequestParam(required = false) String failure) {
		Account account = accounts.get(id);
		var form = new Forms.RolesForm(account.roles().stream().map(Role::name).toList());
		model.addAttribute("user", view(account, secondFactors.enrolled(account)));
		model.addAttribute("rolesForm", form);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("activity", events.forAccount(id).stream().limit(50).toList());
		model.addAttribute("done", done != null && NOTICES.contains(done) ? "admin.done." + done : null);
		model.addAttribute("failure", failure != null && FAILURES.contains(failure) ? failure : null);
		return "account/admin-user";
	}

	@PostMapping("/admin/users/{id}/roles")
	String roles(TandemPrincipal principal, @PathVariable UUID id,
			@ModelAttribute("rolesForm") Forms.RolesForm form) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		form.roles().forEach(name -> Role.parse(name).ifPresent(roles::add));
		try {
			accounts.changeRoles(principal.accountId(), id, roles);
			return "redirect:/admin/users/" + id + "?done=roles";
		}
		catch (InvalidInput invalid) {
			return "redirect:/admin/users/" + id + "?failure=" + invalid.messageKey();
		}
	}

	@PostMapping("/admin/users/{id}/status")
	String status(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam boolean active) {
		try {
			accounts.setActive(principal.accountId(), id, active);
			return "redirect:/admin/users/" + id + "?done=status";
		}
		catch (InvalidInput invalid) {
			return "redirect:/admin/users/" + id + "?failure=" + invalid.messageKey();
		}
	}

	@PostMapping("/admin/users/{id}/second-factors/reset")
	String resetFactors(TandemPrincipal principal, @PathVariable UUID id) {
		accounts.resetSecondFactors(principal.accountId(), id);
		return "redirect:/admin/users/" + id + "?done=factors";
	}

	@GetMapping("/admin/audit")
	String audit(Model model, @RequestParam(defaultValue = "") String older, @RequestParam(defaultValue = "") String newer,
			@RequestParam(required = false) @Nullable String kind) {
		return auditPage(model, eventId(older), eventId(newer), kind);
	}

	/** An event id from a page link; anything else is no id (the newest events). */
	private static @Nullable Long eventId(String value) {
		return value.matches("[1-9][0-9]{0,17}") ? Long.valueOf(value) : null;
	}

	private String auditPage(Model model, @Nullable Long older, @Nullable Long newer, @Nullable String kind) {
		SecurityEventKind filter = kind == null || kind.isBlank() ? null
				: Arrays.stream(SecurityEventKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		// pages follow the log's ids from the last row shown (older) or the first (newer): the same cost at any depth
		List<SecurityEvents.SecurityEvent> rows = older == null && newer != null
				? events.newerThan(newer, AUDIT_PAGE_SIZE + 1, filter)
				: events.olderThan(older, AUDIT_PAGE_SIZE + 1, filter);
		boolean more = rows.size() > AUDIT_PAGE_SIZE;
		List<SecurityEvents.SecurityEvent> shown;
		boolean hasOlder;
		boolean hasNewer;
		if (older == null && newer != null) {
			shown = more ? rows.subList(1, rows.size()) : rows;
			if (!more) {
				// back at the newest events: the first page, whole
				return auditPage(model, null, null, kind);
			}
			hasOlder = true;
			hasNewer = true;
		}
		else {
			shown = more ? rows.subList(0, AUDIT_PAGE_SIZE) : rows;
			hasOlder = more;
			hasNewer = older != null && !shown.isEmpty();
		}
		model.addAttribute("events", shown);
		model.addAttribute("older", hasOlder ? shown.getLast().id() : null);
		model.addAttribute("newer", hasNewer ? shown.getFirst().id() : null);
		model.addAttribute("kind", filter);
		model.addAttribute("kinds", SecurityEventKind.values());
		return "account/audit";
	}

	private static UserView view(Account account, boolean secondFactor) {
		return new UserView(account.id(), account.username(), account.displayName(), account.demo(),
				account.roles(), secondFactor, account.status().name());
	}

	/** An account as administrators see it. */
	record UserView(UUID id, String username, String displayName, boolean demo, Set<Role> roles,
			boolean secondFactor, String status) {
	}

}
