package org.tandem.handoff.api;

import java.time.Instant;
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
import org.tandem.directory.Providers;
import org.tandem.handoff.domain.Confirmations;
import org.tandem.handoff.domain.ContactRecords;
import org.tandem.handoff.domain.DeclineReason;
import org.tandem.handoff.domain.FollowUp;
import org.tandem.handoff.domain.HandoffViews;
import org.tandem.handoff.domain.Introduction;
import org.tandem.handoff.domain.Offer;
import org.tandem.handoff.domain.OfferStatus;
import org.tandem.handoff.domain.Offers;
import org.tandem.handoff.domain.Stage;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Handoffs as JSON. Providers (scopes {@code offers:read}, {@code offers:write}, the provider role) read their offers
 * and introductions, accept, decline and say whether contact was made; only offers made to them exist for them.
 * Staff (scopes {@code handoffs:read}, {@code handoffs:write}) list handoffs in flight, read one, and record
 * confirmed contact after checking (with a reason against a side's "not yet", waiting a grace period when a side has
 * not confirmed it).
 */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Handoffs")
@SecurityRequirement(name = "accessToken")
class HandoffApiController {

	private final HandoffViews views;

	private final Offers offers;

	private final Confirmations confirmations;

	private final ContactRecords records;

	private final Providers providers;

	private final Accounts accounts;

	private final MessageSource messages;

	HandoffApiController(HandoffViews views, Offers offers, Confirmations confirmations, ContactRecords records,
			Providers providers, Accounts accounts, MessageSource messages) {
		this.views = views;
		this.offers = offers;
		this.confirmations = confirmations;
		this.records = records;
		this.providers = providers;
		this.accounts = accounts;
		this.messages = messages;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	private UUID provider(java.security.Principal caller) {
		return providers.providerOf(account(caller)).orElseThrow(NotFoundException::new);
	}

	// --- providers ----------------------------------------------------------------------------------------------------

	@GetMapping("/api/v1/offers")
	@Operation(summary = "The calling provider's desk",
			description = "Needs the scope offers:read and the provider role. Offers waiting for an answer (with "
					+ "deadlines), accepted ones waiting for the organization, introductions waiting for the "
					+ "contact answer, other introductions, and follow-up surveys due.")
	DeskResponse desk(java.security.Principal caller) {
		HandoffViews.Desk desk = views.desk(provider(caller));
		return new DeskResponse(desk.waiting().stream().map(HandoffApiController::offer).toList(),
				desk.awaitingIntroduction().stream().map(HandoffApiController::offer).toList(),
				desk.confirming().stream().map(HandoffApiController::offer).toList(),
				desk.introduced().stream().map(HandoffApiController::offer).toList(),
				desk.followUps().stream().map(f -> new FollowUpResponse(f.id(), f.round(), f.dueOn().toString())).toList());
	}

	@GetMapping("/api/v1/offers/{id}")
	@Operation(summary = "One offer, blind until the introduction",
			description = "Needs the scope offers:read and the provider role. What the provider needs to decide "
					+ "(services needed and those that would help, languages, country, urgency, timeframe, approach, "
					+ "whether the hub left a note for providers, read on the offer page), never who asked; once the "
					+ "organization introduced itself, the request's reference and what it chose to share. 404 for "
					+ "an offer made to someone else.")
	OfferDetail offer(java.security.Principal caller, @PathVariable UUID id) {
		HandoffViews.ProviderView view = views.providerView(id, provider(caller));
		HandoffViews.Brief brief = view.brief();
		Introduction introduction = view.introduction();
		return new OfferDetail(offer(view.offer()), view.handoff().stage(),
				new BriefResponse(brief.services(), brief.needed(), brief.helpful(), brief.languages(), brief.country(),
						brief.urgency(), brief.timeframe(), brief.approach(), brief.note() != null),
				view.reference(), introduction == null ? null : introduction.channel(),
				introduction == null ? null
						: introduction.items().stream().map(i -> new ItemResponse(i.kind(), i.value())).toList(),
				view.asksAboutContact());
	}

	@PostMapping("/api/v1/offers/{id}/acceptance")
	@Operation(summary = "Accept an offer", description = "Needs the scope offers:write and the provider role. "
			+ "400 when the offer is no longer open or its deadline passed.")
	OfferResponse accept(java.security.Principal caller, @PathVariable UUID id) {
		UUID provider = provider(caller);
		offers.accept(id, provider);
		return offer(views.providerView(id, provider).offer());
	}

	@PostMapping(path = "/api/v1/offers/{id}/decline", consumes = "application/json")
	@Operation(summary = "Decline an offer, with a reason", description = "Needs the scope offers:write and the "
			+ "provider role. The next provider in staff's order gets the offer.")
	OfferResponse decline(java.security.Principal caller, @PathVariable UUID id, @RequestBody DeclineRequest request) {
		UUID provider = provider(caller);
		if (request.reason() == null) {
			throw new InvalidInput("reason", "handoff.decline.reasonRequired");
		}
		offers.decline(id, provider, request.reason(), request.note());
		return offer(views.providerView(id, provider).offer());
	}

	@PostMapping(path = "/api/v1/offers/{id}/contact", consumes = "application/json")
	@Operation(summary = "Say whether contact was made", description = "Needs the scope offers:write and the "
			+ "provider role. Contact is confirmed when both sides say yes.")
	ContactResponse contact(java.security.Principal caller, @PathVariable UUID id, @RequestBody ContactRequest request) {
		if (request.reached() == null) {
			throw new InvalidInput("reached", "handoff.contact.answerRequired");
		}
		return new ContactResponse(confirmations.providerAnswers(id, provider(caller), request.reached()), null);
	}

	// --- staff --------------------------------------------------------------------------------------------------------

	@GetMapping("/api/v1/handoffs")
	@Operation(summary = "Handoffs in flight", description = "Needs the scope handoffs:read and the staff role. "
			+ "Each with its stage, the provider holding it and, when stuck, why (a message key).")
	List<InFlightResponse> inFlight() {
		return views.inFlight()
			.stream()
			.map(r -> new InFlightResponse(r.handoff().requestId(), r.reference(), r.handoff().stage(),
					r.handoff().stageSince(), r.provider(), r.stuck()))
			.toList();
	}

	@GetMapping("/api/v1/handoffs/{requestId}")
	@Operation(summary = "One request's handoff", description = "Needs the scope handoffs:read and the staff role.")
	HandoffResponse handoff(@PathVariable UUID requestId) {
		HandoffViews.StaffView view = views.staffView(requestId).orElseThrow(NotFoundException::new);
		return new HandoffResponse(requestId, view.request().reference(), view.handoff().stage(),
				view.handoff().anonymous(), view.handoff().requesterContact(), view.handoff().providerContact(),
				view.handoff().confirmedAt(), view.handoff().graceUntil(),
				view.offers().stream()
					.map(o -> new StaffOfferResponse(o.id(), o.position(), o.providerId(), o.status(), o.sentAt(),
							o.deadline(), o.answeredAt(), o.declineReason()))
					.toList(),
				view.followUps().stream()
					.map(f -> new SurveyResponse(f.round(), f.side().name(), f.dueOn().toString(), f.status().name(),
							f.planResulted(), f.usefulness(), f.recommends(), f.workDone(), f.comment()))
					.toList());
	}

	@PostMapping("/api/v1/handoffs/{requestId}/confirmation")
	@Operation(summary = "Record confirmed contact", description = "Needs the scope handoffs:write and the staff "
			+ "role. For staff who checked with both sides. When a side answered \"not yet\", a reason is required "
			+ "(up to 2,000 characters; 400 without it) and the record waits the grace period (PENDING, with "
			+ "graceUntil); so does a record for an anonymous request whose organization has not said yes itself. "
			+ "The organization may say it is not in contact meanwhile, which cancels the record; otherwise contact "
			+ "is confirmed when the period ends, and an anonymous request purged then. Without a wait, contact is "
			+ "confirmed at once (CONFIRMED), and an anonymous request purged (PURGED).")
	ContactResponse confirm(java.security.Principal caller, @PathVariable UUID requestId,
			@RequestBody(required = false) @Nullable ConfirmRequest request) {
		views.find(requestId).orElseThrow(NotFoundException::new);
		Confirmations.Confirmation result = records.record(requestId, account(caller),
				request == null ? null : request.reason());
		return new ContactResponse(result, result == Confirmations.Confirmation.PENDING
				? views.find(requestId).map(h -> h.graceUntil()).orElse(null) : null);
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static OfferResponse offer(Offer o) {
		return new OfferResponse(o.id(), o.status(), o.sentAt(), o.deadline(), o.answeredAt());
	}

	record OfferResponse(UUID id, OfferStatus status, @Nullable Instant sentAt, @Nullable Instant deadline,
			@Nullable Instant answeredAt) {
	}

	record DeskResponse(List<OfferResponse> waiting, List<OfferResponse> awaitingIntroduction,
			List<OfferResponse> confirming, List<OfferResponse> introduced, List<FollowUpResponse> followUps) {
	}

	record FollowUpResponse(UUID id, int round, String dueOn) {
	}

	/**
	 * @param services every service named, needed first (codes of the directory's services taxonomy)
	 * @param needed the services the request must have
	 * @param helpful the services that would help
	 * @param hasNote whether the hub left a note for providers; it is read on the offer page only
	 */
	record BriefResponse(List<String> services, List<String> needed, List<String> helpful, List<String> languages,
			@Nullable String country, String urgency, String timeframe, String approach, boolean hasNote) {
	}

	record ItemResponse(String kind, String value) {
	}

	/**
	 * @param reference the request's reference, once the organization introduced itself
	 * @param channel how the organization prefers to be reached (EMAIL, SIGNAL, PHONE), once introduced
	 * @param shared what it chose to share, once introduced
	 * @param asksAboutContact whether the provider is asked whether contact was made
	 */
	record OfferDetail(OfferResponse offer, Stage stage, BriefResponse brief, @Nullable String reference,
			@Nullable String channel, @Nullable List<ItemResponse> shared, boolean asksAboutContact) {
	}

	/** @param reason NO_CAPACITY, CONFLICT_OF_INTEREST, OUTSIDE_EXPERTISE, TIMING, LANGUAGE or OTHER */
	record DeclineRequest(@Nullable DeclineReason reason, @Nullable String note) {
	}

	record ContactRequest(@Nullable Boolean reached) {
	}

	/**
	 * @param result RECORDED, PENDING (staff's record waits its grace period), CONFIRMED (follow-ups scheduled) or
	 *        PURGED (an anonymous request)
	 * @param graceUntil when a PENDING record takes effect unless the organization says it is not in contact
	 */
	record ContactResponse(Confirmations.Confirmation result, @Nullable Instant graceUntil) {
	}

	/** @param reason why staff record contact although a side answered "not yet" (required then) */
	record ConfirmRequest(@Nullable String reason) {
	}

	record InFlightResponse(UUID request, String reference, Stage stage, Instant since, @Nullable String provider,
			@Nullable String stuck) {
	}

	record StaffOfferResponse(UUID id, int position, UUID provider, OfferStatus status, @Nullable Instant sentAt,
			@Nullable Instant deadline, @Nullable Instant answeredAt, @Nullable DeclineReason declineReason) {
	}

	record SurveyResponse(int round, String side, String dueOn, String status, FollowUp.@Nullable Answer planResulted,
			@Nullable Integer usefulness, FollowUp.@Nullable Answer recommends, @Nullable String workDone,
			@Nullable String comment) {
	}

	record HandoffResponse(UUID request, String reference, Stage stage, boolean anonymous,
			@Nullable Boolean requesterContact, @Nullable Boolean providerContact, @Nullable Instant confirmedAt,
			@Nullable Instant graceUntil, List<StaffOfferResponse> offers, List<SurveyResponse> followUps) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules handoffApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/handoffs/**")
				.access(Access.scopeAndRole("handoffs:write", Role.STAFF))
				.requestMatchers("/api/v1/handoffs", "/api/v1/handoffs/**")
				.access(Access.scopeAndRole("handoffs:read", Role.STAFF))
				.requestMatchers(HttpMethod.POST, "/api/v1/offers/**")
				.access(Access.scopeAndRole("offers:write", Role.PROVIDER))
				.requestMatchers("/api/v1/offers", "/api/v1/offers/**")
				.access(Access.scopeAndRole("offers:read", Role.PROVIDER));
		}

	}

}
