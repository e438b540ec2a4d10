package org.tandem.cohort.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.cohort.domain.Announcements;
import org.tandem.cohort.domain.CohortResources;
import org.tandem.platform.Markdown;
import org.tandem.platform.TandemPrincipal;

/**
 * What the cohort's page shows of its space (the fragment {@code cohort/space :: space}): the newest announcements
 * rendered, the reader's digest choice, how many resources are shared. Called from the page only once the reader
 * entered the space (the page itself checked that they take part and signed).
 */
@Component("cohortSpace")
class CohortSpaceView {

	private final Announcements announcements;

	private final CohortResources resources;

	private final Markdown markdown;

	CohortSpaceView(Announcements announcements, CohortResources resources, Markdown markdown) {
		this.announcements = announcements;
		this.resources = resources;
		this.markdown = markdown;
	}

	public Space of(UUID cohortId, @Nullable UUID accountId) {
		if (accountId == null) {
			throw new org.tandem.platform.NotFoundException();
		}
		Announcements.Page page = announcements.page(cohortId, accountId, null);
		return new Space(page, rendered(page), announcements.digestChosen(cohortId, accountId),
				resources.list(cohortId, accountId).size());
	}

	/** Each announcement's body rendered (Markdown, sanitized), by its id. */
	Map<UUID, String> rendered(Announcements.Page page) {
		Map<UUID, String> rendered = new HashMap<>();
		page.announcements().forEach(a -> rendered.put(a.id(), markdown.html(a.body())));
		return rendered;
	}

	/**
	 * @param digest whether the reader chose the weekly digest
	 * @param resources how many resources are shared
	 */
	public record Space(Announcements.Page announcementPage, Map<UUID, String> rendered, boolean digest,
			int resources) {
	}

	/** The reader's account, for the space's fragment on the cohort's page. */
	@ControllerAdvice(assignableTypes = CohortController.class)
	static class Viewer {

		@ModelAttribute
		void viewer(@Nullable TandemPrincipal principal, Model model) {
			if (principal != null) {
				model.addAttribute("spaceViewer", principal.accountId());
			}
		}

	}

}
