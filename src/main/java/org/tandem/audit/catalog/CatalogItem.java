package org.tandem.audit.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Methods and activities as an import read them, before they are compared with what is stored. */
final class CatalogItem {

	private CatalogItem() {
	}

	/** The text fields of an activity, in the order of the format (the first is required). */
	static final List<String> ACTIVITY_TEXTS = List.of("title", "summary", "short_summary", "overview",
			"materials_needed", "considerations", "walk_through", "recommendations", "tools");

	/** The text fields of a method, in the order of the format (the first is required). */
	static final List<String> METHOD_TEXTS = List.of("title", "summary", "short_summary", "purpose",
			"guiding_questions", "operational_security", "preparation", "outputs", "references", "info_required",
			"info_provided");

	/** Texts per language (en, es, fr, pt, ar), each a map of field to Markdown as written. */
	record Activity(String slug, String file, int position, Set<Approach> approaches, Set<RemoteOption> remoteOptions,
			List<String> skillsRequired, List<String> skillsTrained, @Nullable Integer minutes,
			@Nullable Integer organizationSizeUnder, String authors, Map<String, Map<String, String>> texts) {
	}

	/** A method lists its activities by slug, in its order. */
	record Method(String slug, String file, int position, String authors, List<String> activities,
			Map<String, Map<String, String>> texts) {
	}

	/** What catalog.yml says of the catalog, and what shows as credit with every page of it. */
	record Credit(String title, String source, String licence, String version, String authors) {
	}

	/** Everything read, and what was found wrong. Skills: slug to language to title. */
	record Parsed(Credit credit, Map<String, Activity> activities, Map<String, Method> methods,
			Map<String, Map<String, String>> skills, List<ImportProblem> problems) {

		boolean hasErrors() {
			return problems.stream().anyMatch(ImportProblem::error);
		}

	}

}
