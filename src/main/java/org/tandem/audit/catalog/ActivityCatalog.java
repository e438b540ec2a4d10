package org.tandem.audit.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The activities of every catalog the hub holds (Tandem's own and those imported), as an audit reads them to propose,
 * plan and report: in the reader's language, or in English where the activity has no text in it.
 */
public interface ActivityCatalog {

	/** Every activity that is not retired, by catalog and position. */
	List<CatalogActivity> activities(Locale locale);

	/** One activity, retired or not (an audit keeps the activities it planned), if it exists. */
	Optional<CatalogActivity> activity(UUID id, Locale locale);

	/** The titles of a catalog's methods by slug, in the reader's language or else English. */
	java.util.Map<String, String> methodTitles(String catalog, Locale locale);

	/** The skills the catalogs name, by title in the reader's language. */
	List<CatalogSkill> skills(Locale locale);

}
