package org.tandem.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Tandem's own catalog, as shipped: imported at start as catalog {@code tandem} without an error, every activity with a
 * title, a remote option and an approach, each language's text in place, every method listing activities; its dry
 * run reports no warning either (every field and list value of the shipped files is understood).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = CatalogContext.OWN)
class TandemCatalogTests {

	@Autowired
	CatalogStore store;

	@Autowired
	CatalogImport imports;

	@Test
	void theShippedCatalogIsImportedWhole() {
		assertThat(store.credit("tandem")).hasValueSatisfying(credit -> {
			assertThat(credit.licence()).isEqualTo("CC BY-SA 4.0");
			assertThat(credit.title()).isNotBlank();
		});
		List<CatalogActivity> english = tandem(store.activities(Locale.ENGLISH));
		assertThat(english).hasSizeGreaterThanOrEqualTo(30).allSatisfy(a -> {
			assertThat(a.title()).as(a.slug()).isNotBlank();
			assertThat(a.remoteOptions()).as(a.slug()).isNotEmpty();
			assertThat(a.approaches()).as(a.slug()).isNotEmpty();
			assertThat(a.methods()).as(a.slug()).isNotEmpty();
		});
		for (String language : List.of("es", "fr", "pt", "ar")) {
			assertThat(tandem(store.activities(Locale.forLanguageTag(language)))).as(language)
				.noneMatch(CatalogActivity::inEnglish);
			assertThat(store.methods(Locale.forLanguageTag(language))).as(language)
				.filteredOn(m -> m.catalog().equals("tandem"))
				.hasSizeGreaterThanOrEqualTo(15)
				.noneMatch(CatalogView.MethodSummary::inEnglish);
		}
		assertThat(store.skills(Locale.forLanguageTag("ar"))).isNotEmpty();
	}

	@Test
	void aDryRunOfTheShippedFilesFindsNothingToReport() throws Exception {
		ImportReport report = imports.folder("tandem-check",
				Path.of(getClass().getResource("/audit/catalog/tandem").toURI()), true, null);
		assertThat(report.problems()).isEmpty();
		assertThat(report.skipped()).isZero();
	}

	private static List<CatalogActivity> tandem(List<CatalogActivity> activities) {
		return activities.stream().filter(a -> a.catalog().equals("tandem")).toList();
	}

}
