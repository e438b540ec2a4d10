/**
 * The catalog of assessment methods and activities: Tandem's own, shipped with it, and content in SAFETAG's format
 * imported by administrators; browsing it; and {@link org.tandem.audit.catalog.ActivityCatalog}, through which audits
 * read it.
 */
@NullMarked
package org.tandem.audit.catalog;

import org.jspecify.annotations.NullMarked;
