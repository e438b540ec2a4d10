/**
 * The catalog's pages: browsing for staff, providers and practitioners, and the administrators' imports.
 */
@NullMarked
package org.tandem.audit.catalog.web;

import org.jspecify.annotations.NullMarked;
