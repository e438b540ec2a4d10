/** The cohort's tables, read and written with plain SQL, and its part of an organization's purge. */
@NullMarked
package org.tandem.cohort.persistence;

import org.jspecify.annotations.NullMarked;
