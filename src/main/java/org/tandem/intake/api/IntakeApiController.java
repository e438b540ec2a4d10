package org.tandem.intake.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.intake.RequestReference;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Approach;
import org.tandem.intake.domain.ContactMethod;
import org.tandem.intake.domain.HelpRequest;
import org.tandem.intake.domain.IntakeService;
import org.tandem.intake.domain.Problem;
import org.tandem.intake.domain.RequestMessage;
import org.tandem.intake.Timeframe;
import org.tandem.intake.domain.Triage;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.platform.Access;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The triage queue and a request's details as JSON, for hub staff's own tools. Needs a token with the scope
 * {@code requests:read} whose owner holds the staff role. The details are opened with the request's keys, like the
 * staff pages; a purged request is not found.
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = "application/json")
@Tag(name = "Requests")
@SecurityRequirement(name = "accessToken")
class IntakeApiController {

	private final IntakeService intake;

	private final Accounts directory;

	private final MessageSource messages;

	IntakeApiController(IntakeService intake, Accounts directory, MessageSource messages) {
		this.intake = intake;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The triage queue",
			description = "Needs the scope requests:read and the staff role. Open requests by default, 50 per page, "
					+ "paged with cursors (`next` and `previous` in the answer, passed back as `after` and "
					+ "`before`); holds no identifying data (nothing here needs a key). The counts come from a tally "
					+ "kept with every change, not from counting the table.")
	QueueResponse queue(java.security.Principal caller,
			@Parameter(description = "Only this status (default: the open requests, those intake still works on: new, needs information, being assessed; a handed-over request's stage is in /api/v1/handoffs)") @RequestParam(required = false) @Nullable RequestStatus status,
			@Parameter(description = "Only this urgency") @RequestParam(required = false) @Nullable Urgency urgency,
			@Parameter(description = "Only requesters who work in this language (ISO 639-1)") @RequestParam(required = false) @Nullable String language,
			@Parameter(description = "Only this country (ISO 3166-1 alpha-2)") @RequestParam(required = false) @Nullable String country,
			@Parameter(description = "Only this approach") @RequestParam(required = false) @Nullable Approach approach,
			@Parameter(description = "Only requests submitted at least this many days ago") @RequestParam(required = false) @Nullable Integer olderThanDays,
			@Parameter(description = "ANYONE, ME or NOBODY") @RequestParam(defaultValue = "ANYONE") Triage.Assignee assigned,
			@Parameter(description = "URGENCY (emergencies first, then oldest), OLDEST, NEWEST or UPDATED") @RequestParam(defaultValue = "URGENCY") Triage.Sort sort,
			@Parameter(description = "The page after this one: the `next` cursor of the page before") @RequestParam(required = false) @Nullable String after,
			@Parameter(description = "The page before this one: the `previous` cursor of the page after") @RequestParam(required = false) @Nullable String before,
			@Parameter(description = "Gone: pages are reached with the cursors `after` and `before`; only 0 (the first page) is accepted", deprecated = true) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Only the request with this reference, whatever its status; typed as people say "
					+ "it (\"r 7k3 q9m\", \"7K3Q9M\" or \"R-7K3Q9M\"). Other filters are ignored; what cannot be a "
					+ "reference finds nothing") @RequestParam(required = false) @Nullable String reference) {
		if (page != 0) {
			throw new InvalidInput("page", "intake.queue.pageGone");
		}
		Triage.Filter filter = new Triage.Filter(status, urgency, language, country, approach,
				olderThanDays == null ? null : Math.clamp(olderThanDays, 0, 3650), assigned, sort, after, before);
		if (!intake.readable(filter)) {
			throw new InvalidInput(filter.after() != null ? "after" : "before", "intake.queue.cursorInvalid");
		}
		if (reference != null && !reference.isBlank()) {
			// a string that cannot be a reference is looked up as one that cannot exist: no rows, never an error
			filter = Triage.Filter.reference(RequestReference.normalize(reference).orElse("R-NONE"));
		}
		UUID viewer = directory.findByUsername(caller.getName())
			.map(Accounts.Person::id)
			.orElseThrow(org.tandem.platform.NotFoundException::new);
		Triage.Page result = intake.queue(filter, viewer);
		Triage.Counts counts = intake.counts();
		return new QueueResponse(result.rows(), result.next(), result.previous(), result.hasMore(),
				new CountsResponse(counts.open(), counts.unassigned(), counts.emergencies(), counts.awaitingStaff(),
						counts.byStatus()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A request with its messages, notes, history and needs assessment",
			description = "Needs the scope requests:read and the staff role. Holds the requester's identifying data, "
					+ "opened with the request's keys: keep what you fetch as carefully as Tandem does.")
	RequestResponse request(@PathVariable UUID id) {
		IntakeService.StaffView view = intake.staffView(id);
		HelpRequest r = view.request();
		HelpRequest.Assessment a = r.assessment();
		return new RequestResponse(r.id(), r.reference(), r.status(), r.anonymous(), r.language(), r.organizationName(),
				r.organizationKind(), r.sizeBand(), r.country(), r.region(), r.workLanguages(), r.communities(),
				r.problems(), r.description(), r.outcome(), r.urgency(), r.timeframe(), r.approach(),
				new ContactResponse(r.contactMethod(), r.contactEmail(), r.contactSignal(), r.contactPhone(),
						r.openpgpKey(), r.emailNotices()),
				r.assignedTo(), r.submittedAt(), r.updatedAt(), r.awaitingStaff(),
				a == null ? null : new AssessmentResponse(a.services().stream().map(Enum::name).toList(), a.languages(),
						a.context(), a.riskLevel() == null ? null : a.riskLevel().name(), r.assessedBy(), r.assessedAt()),
				view.messages().stream()
					.map(m -> new MessageResponse(m.id(), m.kind(), m.authorId(), m.body(), m.sentAt()))
					.toList(),
				view.history().stream().map(t -> new TransitionResponse(t.from(), t.to(), t.actorId(), t.at())).toList());
	}

	/**
	 * @param next the cursor of the page after this one (pass it as {@code after}), or null on the last page
	 * @param previous the cursor of the page before (pass it as {@code before}), or null on the first page
	 */
	record QueueResponse(List<Triage.Row> requests, @Nullable String next, @Nullable String previous,
			boolean hasMore, CountsResponse counts) {
	}

	record CountsResponse(long open, long unassigned, long emergencies, long awaitingStaff,
			java.util.Map<RequestStatus, Long> byStatus) {
	}

	record RequestResponse(UUID id, String reference, RequestStatus status, boolean anonymous, String language,
			@Nullable String organizationName, @Nullable OrganizationKind organizationKind, @Nullable SizeBand sizeBand,
			@Nullable String country, @Nullable String region, List<String> workLanguages, @Nullable String communities,
			Set<Problem> problems, String description, @Nullable String outcome, Urgency urgency, Timeframe timeframe,
			Approach approach, ContactResponse contact, @Nullable UUID assignedTo, Instant submittedAt,
			Instant updatedAt, boolean awaitingStaff, @Nullable AssessmentResponse assessment,
			List<MessageResponse> messages, List<TransitionResponse> history) {
	}

	record ContactResponse(ContactMethod method, @Nullable String email, @Nullable String signal,
			@Nullable String phone, @Nullable String openpgpKey, boolean emailNotices) {
	}

	record AssessmentResponse(List<String> services, List<String> languages, @Nullable String context,
			@Nullable String riskLevel, @Nullable UUID assessedBy, @Nullable Instant assessedAt) {
	}

	record MessageResponse(UUID id, RequestMessage.Kind kind, @Nullable UUID authorId, String body, Instant sentAt) {
	}

	record TransitionResponse(@Nullable RequestStatus from, RequestStatus to, @Nullable UUID actorId, Instant at) {
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules intakeApiRules() {
			return rules -> rules.requestMatchers("/api/v1/requests", "/api/v1/requests/**")
				.access(Access.scopeAndRole("requests:read", Role.STAFF));
		}

	}

}
