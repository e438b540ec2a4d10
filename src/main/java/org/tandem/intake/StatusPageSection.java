package org.tandem.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A part another module adds to a requester's status page: a heading, a sentence and a link under the status link
 * ({@code /request/status/{token}/} + path). Modules declare beans of {@link Provider}.
 *
 * @param titleKey the heading's message key
 * @param textKey the sentence's message key
 * @param path the link's path below the status link, or empty for no link
 * @param actionKey the link text's message key
 * @param urgent whether the requester is asked to do something
 * @param moment a date and time the section names (shown isolated, in UTC), or null
 * @param post whether the action is a button that posts to the path (no JavaScript needed) rather than a link
 * @param details who the section is about (the provider an organization was introduced to), or null
 */
public record StatusPageSection(String titleKey, String textKey, String path, String actionKey, boolean urgent,
		@Nullable Moment moment, boolean post, @Nullable Details details) {

	public StatusPageSection(String titleKey, String textKey, String path, String actionKey, boolean urgent) {
		this(titleKey, textKey, path, actionKey, urgent, null, false, null);
	}

	public StatusPageSection(String titleKey, String textKey, String path, String actionKey, boolean urgent,
			@Nullable Moment moment, boolean post) {
		this(titleKey, textKey, path, actionKey, urgent, moment, post, null);
	}

	/** The same section with who it is about. */
	public StatusPageSection with(@Nullable Details details) {
		return new StatusPageSection(titleKey, textKey, path, actionKey, urgent, moment, post, details);
	}

	/**
	 * Someone the section is about, as they describe themselves publicly.
	 *
	 * @param name their name, as they typed it
	 * @param text what they wrote about themselves, as they typed it
	 * @param itemKeys message keys of what they offer
	 */
	public record Details(String name, String text, List<String> itemKeys) {
	}

	/** A date and time with the message key of its label ("Until"). */
	public record Moment(String labelKey, Instant at) {
	}

	public interface Provider {

		List<StatusPageSection> sectionsFor(UUID requestId);

	}

}
