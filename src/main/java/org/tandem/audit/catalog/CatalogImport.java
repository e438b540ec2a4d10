package org.tandem.audit.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.InvalidInput;

/**
 * Imports a catalog in SAFETAG's format from a folder or a zip. A dry run reads and compares and writes nothing; a
 * real import writes everything in one transaction, or nothing when anything is wrong (an error in any file, an
 * archive out of bounds, another import of the same catalog at the same moment). Each import is a new version of the
 * catalog, kept with its credit and counts; an item the content no longer holds is retired, never deleted.
 */
@Service
public class CatalogImport {

	private static final Logger log = LoggerFactory.getLogger(CatalogImport.class);

	/** A catalog's name: a short slug, shown in its pages' addresses. */
	public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	/** The largest zip accepted, compressed (its content is bounded again once uncompressed). */
	public static final int MAX_UPLOAD = 20 * 1024 * 1024;

	private final CatalogRows rows;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CatalogImport(CatalogRows rows, TransactionTemplate transactions, Clock clock) {
		this.rows = rows;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Imports a zip uploaded by an administrator ({@code accountId}). */
	public ImportReport zip(String catalog, byte[] zip, boolean dryRun, @Nullable UUID accountId) {
		checkName(catalog);
		if (zip.length > MAX_UPLOAD) {
			return ImportReport.refused(catalog, dryRun,
					ImportProblem.error("", null, "archive.uploadTooLarge", String.valueOf(MAX_UPLOAD / (1024 * 1024))));
		}
		try {
			return run(catalog, CatalogFiles.ofZip(zip), dryRun, accountId);
		}
		catch (CatalogFiles.Refused e) {
			return ImportReport.refused(catalog, dryRun, refusal(e));
		}
	}

	/** Imports a folder on the server (Tandem's own catalog; tests). */
	public ImportReport folder(String catalog, Path folder, boolean dryRun, @Nullable UUID accountId) {
		checkName(catalog);
		try {
			return run(catalog, CatalogFiles.ofFolder(folder), dryRun, accountId);
		}
		catch (CatalogFiles.Refused e) {
			return ImportReport.refused(catalog, dryRun, refusal(e));
		}
	}

	/** Imports files read into memory (Tandem's own catalog, from the class path). */
	ImportReport files(String catalog, Map<String, byte[]> files, boolean dryRun, @Nullable UUID accountId) {
		checkName(catalog);
		try {
			return run(catalog, CatalogFiles.of(files), dryRun, accountId);
		}
		catch (CatalogFiles.Refused e) {
			return ImportReport.refused(catalog, dryRun, refusal(e));
		}
	}

	/** The version a catalog's stored content declared, if it was imported. */
	Optional<String> storedVersion(String catalog) {
		return rows.catalog(catalog).map(CatalogRows.Catalog::contentVersion);
	}

	private static ImportProblem refusal(CatalogFiles.Refused e) {
		return ImportProblem.error("", null, "archive." + e.code(), e.detail());
	}

	private static void checkName(String catalog) {
		if (!NAME.matcher(catalog).matches()) {
			throw new InvalidInput("catalog", "audit.catalog.nameInvalid");
		}
	}

	private ImportReport run(String catalog, CatalogFiles files, boolean dryRun, @Nullable UUID accountId) {
		CatalogItem.Parsed parsed = CatalogParser.parse(files, catalog);
		CatalogRows.Catalog existing = rows.catalog(catalog).orElse(null);
		int version = existing == null ? 1 : existing.version() + 1;
		Map<String, CatalogRows.Stored> storedActivities = existing == null ? Map.of() : rows.activities(existing.id());
		Map<String, CatalogRows.Stored> storedMethods = existing == null ? Map.of() : rows.methods(existing.id());
		List<ImportReport.Item> items = new ArrayList<>();
		Map<String, ImportReport.Outcome> activityOutcomes = new HashMap<>();
		Map<String, ImportReport.Outcome> methodOutcomes = new HashMap<>();
		parsed.activities().values().forEach(a -> {
			ImportReport.Item item = compared(ImportReport.Kind.ACTIVITY, a.slug(), a.texts().get("en").get("title"),
					CatalogRows.snapshot(a), storedActivities.get(a.slug()));
			activityOutcomes.put(a.slug(), item.outcome());
			items.add(item);
		});
		parsed.methods().values().forEach(m -> {
			ImportReport.Item item = compared(ImportReport.Kind.METHOD, m.slug(), m.texts().get("en").get("title"),
					CatalogRows.snapshot(m), storedMethods.get(m.slug()));
			methodOutcomes.put(m.slug(), item.outcome());
			items.add(item);
		});
		items.addAll(skipped(files, parsed, "content/activities/", ImportReport.Kind.ACTIVITY));
		items.addAll(skipped(files, parsed, "content/methods/", ImportReport.Kind.METHOD));
		Set<String> skippedSlugs = new TreeSet<>();
		items.stream().filter(i -> i.outcome() == ImportReport.Outcome.SKIPPED).forEach(i -> skippedSlugs.add(i.slug()));
		retired(storedActivities, parsed.activities().keySet(), skippedSlugs, ImportReport.Kind.ACTIVITY, items);
		retired(storedMethods, parsed.methods().keySet(), skippedSlugs, ImportReport.Kind.METHOD, items);
		ImportReport report = new ImportReport(catalog, dryRun, false, version, List.copyOf(items), parsed.problems());
		if (dryRun || parsed.hasErrors()) {
			return report;
		}
		try {
			transactions.executeWithoutResult(status -> write(catalog, existing, version, parsed, report,
					storedActivities, storedMethods, activityOutcomes, methodOutcomes, accountId));
		}
		catch (DataIntegrityViolationException e) {
			// another import of this catalog took the same version number first
			List<ImportProblem> problems = new ArrayList<>(parsed.problems());
			problems.add(ImportProblem.error("", null, "concurrent", catalog));
			return new ImportReport(catalog, false, false, version, report.items(), problems);
		}
		log.info("Catalog {} imported as version {}: {} added, {} changed, {} unchanged, {} retired", catalog, version,
				report.added(), report.changed(), report.unchanged(), report.retired());
		return new ImportReport(catalog, false, true, version, report.items(), report.problems());
	}

	private void write(String catalog, CatalogRows.@Nullable Catalog existing, int version, CatalogItem.Parsed parsed,
			ImportReport report, Map<String, CatalogRows.Stored> storedActivities,
			Map<String, CatalogRows.Stored> storedMethods, Map<String, ImportReport.Outcome> activityOutcomes,
			Map<String, ImportReport.Outcome> methodOutcomes, @Nullable UUID accountId) {
		UUID catalogId = rows.saveCatalog(catalog, existing, version, parsed.credit());
		rows.saveImport(catalogId, version, parsed.credit(), accountId, clock.instant(), report,
				parsed.methods().size(), parsed.activities().size());
		Map<String, UUID> activityIds = new HashMap<>();
		storedActivities.forEach((slug, stored) -> activityIds.put(slug, stored.id()));
		for (CatalogItem.Activity activity : parsed.activities().values()) {
			CatalogRows.Stored stored = storedActivities.get(activity.slug());
			UUID id = stored == null ? UUID.randomUUID() : stored.id();
			activityIds.put(activity.slug(), id);
			if (activityOutcomes.get(activity.slug()) != ImportReport.Outcome.UNCHANGED) {
				rows.saveActivity(catalogId, id, stored != null, activity, version);
			}
		}
		for (CatalogItem.Method method : parsed.methods().values()) {
			CatalogRows.Stored stored = storedMethods.get(method.slug());
			if (methodOutcomes.get(method.slug()) != ImportReport.Outcome.UNCHANGED) {
				rows.saveMethod(catalogId, stored == null ? UUID.randomUUID() : stored.id(), stored != null, method,
						activityIds, version);
			}
		}
		for (ImportReport.Item item : report.items()) {
			if (item.outcome() == ImportReport.Outcome.RETIRED) {
				boolean activity = item.kind() == ImportReport.Kind.ACTIVITY;
				rows.retire(activity ? "catalog_activity" : "catalog_method",
						(activity ? storedActivities : storedMethods).get(item.slug()).id(), version);
			}
		}
		rows.saveSkills(catalogId, parsed.skills());
	}

	private static ImportReport.Item compared(ImportReport.Kind kind, String slug, String title,
			Map<String, String> read, CatalogRows.@Nullable Stored stored) {
		if (stored == null) {
			return new ImportReport.Item(kind, slug, title, ImportReport.Outcome.ADDED, List.of(), List.of());
		}
		Set<String> fields = new TreeSet<>();
		Set<String> keys = new TreeSet<>(read.keySet());
		keys.addAll(stored.snapshot().keySet());
		for (String key : keys) {
			if (!Objects.equals(read.get(key), stored.snapshot().get(key))) {
				fields.add(key);
			}
		}
		if (stored.retired()) {
			fields.add("retired");
		}
		return new ImportReport.Item(kind, slug, title,
				fields.isEmpty() ? ImportReport.Outcome.UNCHANGED : ImportReport.Outcome.CHANGED, List.copyOf(fields),
				List.of());
	}

	/** The files of a folder that gave no item, with their errors. */
	private static List<ImportReport.Item> skipped(CatalogFiles files, CatalogItem.Parsed parsed, String folder,
			ImportReport.Kind kind) {
		List<ImportReport.Item> items = new ArrayList<>();
		for (String file : files.texts().keySet()) {
			if (!file.startsWith(folder) || !file.endsWith(".md") || file.indexOf('/', folder.length()) >= 0) {
				continue;
			}
			String slug = CatalogParser.slug(file);
			boolean read = kind == ImportReport.Kind.ACTIVITY ? parsed.activities().containsKey(slug)
					: parsed.methods().containsKey(slug);
			if (!read) {
				items.add(new ImportReport.Item(kind, slug, slug, ImportReport.Outcome.SKIPPED, List.of(),
						parsed.problems().stream().filter(p -> p.file().equals(file) && p.error()).toList()));
			}
		}
		return items;
	}

	private static void retired(Map<String, CatalogRows.Stored> stored, Set<String> read, Set<String> skipped,
			ImportReport.Kind kind, List<ImportReport.Item> items) {
		stored.values()
			.stream()
			.filter(s -> !s.retired() && !read.contains(s.slug()) && !skipped.contains(s.slug()))
			.sorted((a, b) -> a.slug().compareTo(b.slug()))
			.forEach(s -> items.add(new ImportReport.Item(kind, s.slug(),
					s.snapshot().getOrDefault("title", s.slug()), ImportReport.Outcome.RETIRED, List.of(), List.of())));
	}

}
