package org.tandem.audit.catalog;

import java.util.List;
import java.util.Locale;

/**
 * What an import did, or (a dry run, or an import refused for its errors) would do: per method and activity, added,
 * changed (which fields: a text's field carries its language, {@code title[es]}), unchanged, retired (no longer in
 * the content) or skipped (why: its file's errors); and every problem found. {@code version} is the catalog's version
 * the import made or would make.
 */
public record ImportReport(String catalog, boolean dryRun, boolean imported, int version, List<Item> items,
		List<ImportProblem> problems) {

	public enum Outcome {

		ADDED, CHANGED, UNCHANGED, RETIRED, SKIPPED;

		public String messageKey() {
			return "audit.catalog.outcome." + name().toLowerCase(Locale.ROOT);
		}

	}

	public enum Kind {

		METHOD, ACTIVITY;

		public String messageKey() {
			return "audit.catalog.kind." + name().toLowerCase(Locale.ROOT);
		}

	}

	public record Item(Kind kind, String slug, String title, Outcome outcome, List<String> fields,
			List<ImportProblem> reasons) {
	}

	/** A report of content that could not be read at all (an archive out of bounds, no content folder). */
	static ImportReport refused(String catalog, boolean dryRun, ImportProblem problem) {
		return new ImportReport(catalog, dryRun, false, 0, List.of(), List.of(problem));
	}

	public long count(Outcome outcome) {
		return items.stream().filter(item -> item.outcome() == outcome).count();
	}

	public long added() {
		return count(Outcome.ADDED);
	}

	public long changed() {
		return count(Outcome.CHANGED);
	}

	public long unchanged() {
		return count(Outcome.UNCHANGED);
	}

	public long retired() {
		return count(Outcome.RETIRED);
	}

	public long skipped() {
		return count(Outcome.SKIPPED);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(ImportProblem::error);
	}

}
