package org.tandem.cohort.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.cohort.domain.Announcements;
import org.tandem.cohort.domain.CohortResources;
import org.tandem.cohort.domain.CohortService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.files.UploadRejectedException;

/**
 * Staff's side of a cohort's space: announcements (post, optionally with a notice by mail; withdraw) and shared
 * resources (links, files; remove). Bad input is said on its field with what was typed kept and nothing written.
 */
@Controller
class StaffSpaceController {

	private final CohortService cohorts;

	private final Announcements announcements;

	private final CohortSpaceView view;

	private final CohortResources resources;

	StaffSpaceController(CohortService cohorts, Announcements announcements, CohortResources resources,
			CohortSpaceView view) {
		this.cohorts = cohorts;
		this.announcements = announcements;
		this.view = view;
		this.resources = resources;
	}

	@GetMapping("/staff/cohorts/{id}/announcements")
	String announcements(@PathVariable UUID id, @RequestParam(required = false) @Nullable String after,
			Model model) {
		return announcementPage(id, after, "", "", false, model);
	}

	@PostMapping("/staff/cohorts/{id}/announcements")
	String post(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") String mail, Model model) {
		boolean byMail = "true".equals(mail);
		try {
			announcements.post(id, principal.accountId(), title, body, byMail);
			return "redirect:/staff/cohorts/" + id + "/announcements?posted";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("announcementError", invalid.messageKey());
			model.addAttribute("announcementField", invalid.field());
			return announcementPage(id, null, title, body, byMail, model);
		}
	}

	@PostMapping("/staff/cohorts/{id}/announcements/{announcementId}/withdraw")
	String withdraw(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID announcementId) {
		announcements.withdraw(id, announcementId, principal.accountId());
		return "redirect:/staff/cohorts/" + id + "/announcements?withdrawn";
	}

	@GetMapping("/staff/cohorts/{id}/resources")
	String resources(@PathVariable UUID id, Model model) {
		return resourcePage(id, new Typed("", "", "", "", ""), model);
	}

	@PostMapping("/staff/cohorts/{id}/resources/links")
	String addLink(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String url,
			Model model) {
		try {
			resources.addLink(id, principal.accountId(), title, description, url);
			return "redirect:/staff/cohorts/" + id + "/resources?linkAdded";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("linkError", invalid.messageKey());
			model.addAttribute("linkField", invalid.field());
			return resourcePage(id, new Typed(title, description, url, "", ""), model);
		}
	}

	@PostMapping("/staff/cohorts/{id}/resources/files")
	String addFile(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String fileTitle,
			@RequestParam(defaultValue = "") String fileDescription,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
		cohorts.get(id);
		Typed typed = new Typed("", "", "", fileTitle, fileDescription);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", UploadRejectedException.EMPTY);
			model.addAttribute("fileField", "file");
			return resourcePage(id, typed, model);
		}
		try (InputStream content = file.getInputStream()) {
			resources.addFile(id, principal.accountId(), fileTitle, fileDescription,
					Objects.requireNonNullElse(file.getOriginalFilename(), ""), content);
			return "redirect:/staff/cohorts/" + id + "/resources?fileAdded";
		}
		catch (UploadRejectedException rejected) {
			model.addAttribute("fileError", rejected.messageKey());
			model.addAttribute("fileErrorArguments", rejected.arguments());
			model.addAttribute("fileField", "file");
		}
		catch (InvalidInput invalid) {
			model.addAttribute("fileError", invalid.messageKey());
			model.addAttribute("fileField", invalid.field());
		}
		return resourcePage(id, typed, model);
	}

	@PostMapping("/staff/cohorts/{id}/resources/{resourceId}/remove")
	String remove(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID resourceId) {
		resources.remove(id, resourceId, principal.accountId());
		return "redirect:/staff/cohorts/" + id + "/resources?removed";
	}

	private String announcementPage(UUID id, @Nullable String after, String title, String body, boolean mail,
			Model model) {
		model.addAttribute("cohort", cohorts.get(id));
		Announcements.Page shown;
		try {
			shown = announcements.staffPage(id, after);
		}
		catch (InvalidInput unreadable) {
			model.addAttribute("cursorError", unreadable.messageKey());
			shown = announcements.staffPage(id, null);
		}
		model.addAttribute("announcementPage", shown);
		model.addAttribute("rendered", view.rendered(shown));
		model.addAttribute("typedTitle", title);
		model.addAttribute("typedBody", body);
		model.addAttribute("typedMail", mail);
		return "cohort/staff-announcements";
	}

	private String resourcePage(UUID id, Typed typed, Model model) {
		model.addAttribute("cohort", cohorts.get(id));
		model.addAttribute("resources", resources.staffList(id));
		model.addAttribute("typed", typed);
		return "cohort/staff-resources";
	}

	/** What was typed in the two forms, kept when one is refused. */
	record Typed(String title, String description, String url, String fileTitle, String fileDescription) {
	}

}
