package org.tandem.audit.catalog;

/** A skill an activity asks for or trains: its slug (stable across languages) and its title in the reader's language. */
public record CatalogSkill(String slug, String title) {
}
