package org.tandem.intake;

import java.util.List;
import java.util.UUID;

/**
 * A part another module adds to a requester's status page: a heading, a sentence and a link under the status link
 * ({@code /request/status/{token}/} + path). Modules declare beans of {@link Provider}.
 *
 * @param titleKey the heading's message key
 * @param textKey the sentence's message key
 * @param path the link's path below the status link, or empty for no link
 * @param actionKey the link text's message key
 * @param urgent whether the requester is asked to do something
 */
public record StatusPageSection(String titleKey, String textKey, String path, String actionKey, boolean urgent) {

	public interface Provider {

		List<StatusPageSection> sectionsFor(UUID requestId);

	}

}
