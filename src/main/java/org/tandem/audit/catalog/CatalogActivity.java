package org.tandem.audit.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An activity as an audit sees it: its identity (the catalog it comes from and its slug there), its title and short
 * summary in the reader's language ({@code inEnglish} when the language has none and English stands in), the methods
 * that list it (slugs), how it is done, whether it can be done remotely, the skills it asks for and trains (slugs), its
 * time in minutes and the largest organization it suits (either may be unknown).
 */
public record CatalogActivity(UUID id, String catalog, String slug, String title, String shortSummary,
		List<String> methods, Set<Approach> approaches, Set<RemoteOption> remoteOptions, Set<String> skillsRequired,
		Set<String> skillsTrained, @Nullable Integer minutes, @Nullable Integer organizationSizeUnder, boolean inEnglish,
		boolean retired) {
}
