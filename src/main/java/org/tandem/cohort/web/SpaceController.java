package org.tandem.cohort.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.cohort.domain.Announcements;
import org.tandem.cohort.domain.CohortResource;
import org.tandem.cohort.domain.CohortResources;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.SpaceAccess;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The cohort's space as its participants read it, beyond the cohort's page: every announcement a page at a time, the
 * weekly digest chosen or stopped, the shared resources and their downloads. Anyone outside the cohort is told it
 * does not exist; a participant whose side has still to sign is sent to the cohort's page.
 */
@Controller
class SpaceController {

	private final SpaceAccess access;

	private final Announcements announcements;

	private final CohortSpaceView view;

	private final CohortResources resources;

	SpaceController(SpaceAccess access, Announcements announcements, CohortResources resources,
			CohortSpaceView view) {
		this.access = access;
		this.announcements = announcements;
		this.view = view;
		this.resources = resources;
	}

	@GetMapping("/cohorts/{id}/announcements")
	String announcements(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String after, Model model) {
		CohortService.Participation participation = access.enter(id, principal.accountId());
		Announcements.Page shown;
		try {
			shown = announcements.page(id, principal.accountId(), after);
		}
		catch (InvalidInput unreadable) {
			model.addAttribute("cursorError", unreadable.messageKey());
			shown = announcements.page(id, principal.accountId(), null);
		}
		model.addAttribute("cohort", participation.cohort());
		model.addAttribute("announcementPage", shown);
		model.addAttribute("rendered", view.rendered(shown));
		return "cohort/announcements";
	}

	@PostMapping("/cohorts/{id}/digest")
	String digest(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String wanted) {
		boolean on = "true".equals(wanted);
		announcements.chooseDigest(id, principal.accountId(), on);
		return "redirect:/cohorts/" + id + (on ? "?digestOn" : "?digestOff") + "#announcements";
	}

	@GetMapping("/cohorts/{id}/resources")
	String resources(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		CohortService.Participation participation = access.enter(id, principal.accountId());
		model.addAttribute("cohort", participation.cohort());
		model.addAttribute("resources", resources.list(id, principal.accountId()));
		return "cohort/resources";
	}

	/** A shared file, decrypted, as a download the browser never renders in the page. */
	@GetMapping("/cohorts/{id}/resources/{resourceId}")
	void download(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID resourceId,
			HttpServletResponse response) throws IOException {
		CohortResource resource = resources.get(id, principal.accountId(), resourceId);
		try (InputStream content = resources.content(resource)) {
			SpaceDownloads.send(response, content, resource.contentType(), resource.sizeBytes(),
					resource.fileName());
		}
	}

	@ExceptionHandler(SpaceAccess.SignFirst.class)
	String signFirst(SpaceAccess.SignFirst first) {
		return "redirect:/cohorts/" + first.cohortId();
	}

	/** How a decrypted file leaves: as an attachment, with its type, never sniffed or rendered. */
	static final class SpaceDownloads {

		private SpaceDownloads() {
		}

		static void send(HttpServletResponse response, InputStream content, @Nullable String type,
				@Nullable Long size, @Nullable String name) throws IOException {
			response.setContentType(type == null ? "application/octet-stream" : type);
			if (size != null) {
				response.setContentLengthLong(size);
			}
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(name == null || name.isBlank() ? "file" : name, StandardCharsets.UTF_8)
				.build()
				.toString());
			content.transferTo(response.getOutputStream());
		}

	}

}
