package org.tandem.audit.catalog;

/** The catalog tests run in a context (and database) of their own: they import and retire catalogs freely. */
final class CatalogContext {

	static final String OWN = "tandem.test.context=catalog";

	private CatalogContext() {
	}

}
