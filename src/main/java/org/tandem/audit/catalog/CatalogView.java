package org.tandem.audit.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the catalog's pages show: values only, never rows. */
public final class CatalogView {

	private CatalogView() {
	}

	/**
	 * Where imported content comes from, shown with every page of it: the catalog's title, source, licence and the
	 * version its files declare, the import's number, and the authors (the item's, else the catalog's).
	 */
	public record Credit(String catalog, String title, String source, String licence, String contentVersion,
			int importVersion, String authors) {
	}

	/** A method in the list: its title and short summary in the reader's language (or English). */
	public record MethodSummary(UUID id, String catalog, String slug, String title, String shortSummary,
			boolean inEnglish, int activities) {
	}

	/**
	 * An activity's page: every field; the texts in the reader's language, or all in English ({@code inEnglish}) when
	 * the language has none. Texts are Markdown as written, keyed by the format's field names.
	 */
	public record ActivityPage(CatalogActivity activity, Map<String, String> texts, List<MethodSummary> methods,
			List<CatalogSkill> skillsRequired, List<CatalogSkill> skillsTrained, Credit credit) {
	}

	/** A method's page: its texts and its activities in its order. */
	public record MethodPage(MethodSummary method, Map<String, String> texts, List<CatalogActivity> activities,
			Credit credit, boolean retired) {
	}

	/** The filters of the catalog's list; each may be absent. {@code query} is searched in the reader's language. */
	public record Filter(@Nullable UUID method, @Nullable Approach approach, @Nullable RemoteOption remoteOption,
			@Nullable Integer maxMinutes, @Nullable Integer organizationSize, @Nullable String skill,
			@Nullable String query) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null, null);
		}

	}

	/** A list of activities: at most {@link CatalogStore#LIST_LIMIT}, and whether more matched. */
	public record ActivityList(List<CatalogActivity> activities, boolean more) {
	}

	/** A catalog and its imports, newest first, for administrators. */
	public record CatalogSummary(String name, Credit credit, int activities, int methods, List<ImportSummary> imports) {
	}

	public record ImportSummary(int version, String contentVersion, @Nullable UUID importedBy, Instant importedAt,
			int methods, int activities, int added, int changed, int unchanged, int retired) {
	}

}
