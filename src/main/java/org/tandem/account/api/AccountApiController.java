package org.tandem.account.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.AccessTokenService.ApiCaller;
import org.tandem.account.domain.AccountService;
import org.tandem.account.domain.SecurityEventKind;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The JSON API of the account module, reached with a personal access token. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Accounts")
@SecurityRequirement(name = "accessToken")
class AccountApiController {

	private final AccountService accounts;

	private final SecurityEvents events;

	AccountApiController(AccountService accounts, SecurityEvents events) {
		this.accounts = accounts;
		this.events = events;
	}

	@GetMapping("/me")
	@Operation(summary = "The account the token belongs to", description = "Needs the scope account:read.")
	MeResponse me(@AuthenticationPrincipal ApiCaller caller) {
		Account account = accounts.find(caller.accountId()).orElseThrow(NotFoundException::new);
		return new MeResponse(account.id(), account.username(), account.displayName(), account.roles(), account.demo());
	}

	@GetMapping("/audit-events")
	@Operation(summary = "The security audit log, newest first",
			description = "Needs the scope audit:read and the administrator role. Holds account ids only.")
	List<AuditEventResponse> auditEvents(
			@Parameter(description = "Only events older than this one (the id of the last event of the page before): "
					+ "the next page, at the same cost however deep") @RequestParam(required = false) @Nullable Long before,
			@Parameter(description = "Deprecated (use before): events to skip, at most 10,000", deprecated = true) @RequestParam(defaultValue = "0") int offset,
			@Parameter(description = "At most this many events (1 to 500)") @RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "Only events of this kind") @RequestParam(required = false) @Nullable SecurityEventKind kind) {
		int size = Math.clamp(limit, 1, 500);
		return (before != null || offset <= 0 ? events.olderThan(before, size, kind)
				: events.page(Math.min(offset, 10_000), size, kind))
			.stream()
			.map(e -> new AuditEventResponse(e.id(), e.occurredAt(), e.kind(), e.accountId(), e.actorId(), e.detail()))
			.toList();
	}

	record MeResponse(UUID id, String username, String displayName, Set<Role> roles, boolean demo) {
	}

	record AuditEventResponse(long id, Instant occurredAt, SecurityEventKind kind, @Nullable UUID accountId,
			@Nullable UUID actorId, @Nullable String detail) {
	}

}
