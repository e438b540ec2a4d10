/**
 * The catalog's JSON API: administrators import SAFETAG-format content as a zip.
 */
@NullMarked
package org.tandem.audit.catalog.api;

import org.jspecify.annotations.NullMarked;
