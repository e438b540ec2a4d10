package org.tandem.cohort.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.cohort.domain.Announcement;
import org.tandem.cohort.domain.Announcements;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A cohort's announcements as JSON: staff list them (newest first, 20 a page from a cursor) and post one, optionally
 * with a notice by mail to every participant. Scopes {@code cohorts:read} and {@code cohorts:write}.
 */
@RestController
@RequestMapping(path = "/api/v1/cohorts/{id}/announcements", produces = "application/json")
@Tag(name = "Cohorts")
@SecurityRequirement(name = "accessToken")
class AnnouncementApiController {

	private final Announcements announcements;

	private final Accounts accounts;

	private final MessageSource messages;

	AnnouncementApiController(Announcements announcements, Accounts accounts, MessageSource messages) {
		this.announcements = announcements;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "A cohort's announcements, newest first",
			description = "Needs the scope cohorts:read. 20 per page, paged with a cursor: `next` in the answer, "
					+ "passed back as `after`; null on the last page. 404 for a cohort that does not exist; 400 for a "
					+ "cursor that is not one of this list's.")
	PageResponse list(@PathVariable UUID id,
			@Parameter(description = "The page after this one: the `next` cursor of the page before") @RequestParam(required = false) @Nullable String after) {
		Announcements.Page page = announcements.staffPage(id, after);
		return new PageResponse(page.announcements().stream().map(AnnouncementApiController::response).toList(),
				page.next());
	}

	@PostMapping(consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Post an announcement on a cohort's space",
			description = "Needs the scope cohorts:write. Title up to 200 characters, Markdown body up to 10,000; the "
					+ "cohort must not be closed. With `mail: true`, a notice (the title and a link, nothing more) is "
					+ "mailed to every participant's account. Announcements are the hub's words to every participant, "
					+ "kept in the clear. 400 with the field and a translated message when a rule is broken.")
	AnnouncementResponse post(java.security.Principal caller, @PathVariable UUID id,
			@RequestBody PostRequest request) {
		UUID actor = accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
		return response(announcements.post(id, actor, request.title(), request.body(),
				Boolean.TRUE.equals(request.mail())));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static AnnouncementResponse response(Announcement a) {
		return new AnnouncementResponse(a.id(), a.cohortId(), a.title(), a.body(), a.mailed(), a.postedBy(),
				a.postedAt());
	}

	/** @param body Markdown */
	record AnnouncementResponse(UUID id, UUID cohort, String title, String body, boolean mailed, UUID postedBy,
			Instant postedAt) {

		@Override
		public String toString() {
			return "AnnouncementResponse[" + id + "]";
		}

	}

	/** @param next the cursor of the page after this one (pass it as {@code after}), or null on the last page */
	record PageResponse(List<AnnouncementResponse> announcements, @Nullable String next) {
	}

	/**
	 * @param body Markdown, up to 10,000 characters
	 * @param mail whether to mail a notice to every participant (false when absent)
	 */
	record PostRequest(@Nullable String title, @Nullable String body, @Nullable Boolean mail) {

		@Override
		public String toString() {
			return "PostRequest[]";
		}

	}

}
