package org.tandem.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import net.javacrumbs.shedlock.core.LockProvider;

/**
 * Tandem's own catalog at start (here the sample stands in for it): imported once as catalog {@code tandem}, again only
 * when its catalog.yml declares a newer version, once when two instances start together; nothing without the folder.
 */
@SpringBootTest(properties = { "tandem.test.context=catalog-shipped",
		"tandem.audit.catalog.shipped-location=classpath:audit/catalog/sample/" })
class ShippedCatalogTests {

	@Autowired
	CatalogStore store;

	@Autowired
	CatalogImport imports;

	@Autowired
	LockProvider locks;

	@Autowired
	Clock clock;

	@Test
	void theShippedCatalogIsImportedAtStartAndAgainOnlyWhenNewer() {
		assertThat(store.credit("tandem")).hasValueSatisfying(credit -> {
			assertThat(credit.contentVersion()).isEqualTo("1.0");
			assertThat(credit.importVersion()).isOne();
		});
		assertThat(shipped("sample").importIfNewer()).isEmpty();

		// two instances start with a newer version: one imports it
		ShippedCatalog first = shipped("sample-changed");
		ShippedCatalog second = shipped("sample-changed");
		var a = CompletableFuture.supplyAsync(first::importIfNewer);
		var b = CompletableFuture.supplyAsync(second::importIfNewer);
		List<Optional<ImportReport>> reports = List.of(a.join(), b.join());
		assertThat(reports.stream().flatMap(Optional::stream).filter(ImportReport::imported)).hasSize(1);
		assertThat(store.catalogs()).filteredOn(c -> c.name().equals("tandem"))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.imports()).hasSize(2);
				assertThat(c.credit().contentVersion()).isEqualTo("1.1");
				assertThat(c.imports().getFirst().importedBy()).isNull();
			});
		assertThat(shipped("sample").importIfNewer()).isEmpty();
	}

	@Test
	void withoutTheFolderNothingHappens() {
		assertThat(shipped("absent").importIfNewer()).isEmpty();
	}

	@Test
	void versionsCompareAsNumbers() {
		assertThat(ShippedCatalog.compare("1.10", "1.9")).isPositive();
		assertThat(ShippedCatalog.compare("1.0", "1")).isZero();
		assertThat(ShippedCatalog.compare("2", "10")).isNegative();
		assertThat(ShippedCatalog.version("title: x\nversion: \"2.3\"\n")).isEqualTo("2.3");
	}

	private ShippedCatalog shipped(String folder) {
		return new ShippedCatalog(imports, locks, clock, "classpath:audit/catalog/" + folder + "/", true);
	}

}
