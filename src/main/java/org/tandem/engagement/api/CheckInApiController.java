package org.tandem.engagement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.engagement.CheckInAnswer;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.CheckIn;
import org.tandem.engagement.domain.CheckIns;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An engagement's keep-in-touch check-ins as JSON (scopes {@code engagements:read}, {@code engagements:write}): its
 * participants read them, and each answers its own side's. An engagement the token's owner does not take part in
 * does not exist for them (404), whatever their role.
 */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Engagements")
@SecurityRequirement(name = "accessToken")
class CheckInApiController {

	private final CheckIns checkIns;

	private final Accounts accounts;

	private final MessageSource messages;

	CheckInApiController(CheckIns checkIns, Accounts accounts, MessageSource messages) {
		this.checkIns = checkIns;
		this.accounts = accounts;
		this.messages = messages;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	@GetMapping("/api/v1/engagements/{id}/check-ins")
	@Operation(summary = "An engagement's check-ins, newest first",
			description = "Needs the scope engagements:read; for the engagement's participants only (404 for anyone "
					+ "else). At most 100: each side's check-in per due date, with its answer and note once answered.")
	List<CheckInResponse> list(java.security.Principal caller, @PathVariable UUID id) {
		return checkIns.of(id, account(caller)).stream().map(CheckInApiController::response).toList();
	}

	@PostMapping(path = "/api/v1/engagements/{id}/check-ins/{checkInId}/answer", consumes = "application/json")
	@Operation(summary = "Answer your side's check-in",
			description = "Needs the scope engagements:write; for the engagement's participants of the check-in's "
					+ "side. Body {\"answer\": \"ALL_WELL\" | \"NEED_HELP\", \"note\": \"…\"} (note optional, up to "
					+ "1,000 characters). Answered once: 400 when it was answered already or belongs to the other "
					+ "side. NEED_HELP raises an alert for the hub's staff.")
	CheckInResponse answer(java.security.Principal caller, @PathVariable UUID id, @PathVariable UUID checkInId,
			@RequestBody AnswerRequest request) {
		UUID account = account(caller);
		checkIns.answer(id, account, checkInId, request.answer(), request.note());
		return checkIns.of(id, account)
			.stream()
			.filter(c -> c.id().equals(checkInId))
			.findFirst()
			.map(CheckInApiController::response)
			.orElseThrow(NotFoundException::new);
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static CheckInResponse response(CheckIn c) {
		return new CheckInResponse(c.id(), c.side(), c.dueOn(), c.expiresAt(), c.answer(), c.note(), c.answeredAt());
	}

	record CheckInResponse(UUID id, Side side, LocalDate dueOn, Instant expiresAt, @Nullable CheckInAnswer answer,
			@Nullable String note, @Nullable Instant answeredAt) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "CheckInResponse[id=" + id + ", side=" + side + "]";
		}

	}

	record AnswerRequest(@Nullable CheckInAnswer answer, @Nullable String note) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "AnswerRequest[answer=" + answer + "]";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules checkInApiRules() {
			// only the check-ins' own paths, so that other parts' engagement routes keep their own rules
			return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/engagements/*/check-ins/*/answer")
				.access(Access.scopeAndAnyRole("engagements:write", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF,
						Role.ADMIN))
				.requestMatchers(HttpMethod.GET, "/api/v1/engagements/*/check-ins")
				.access(Access.scopeAndAnyRole("engagements:read", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF,
						Role.ADMIN));
		}

	}

}
