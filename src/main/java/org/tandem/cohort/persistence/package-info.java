/** The cohort's tables, read and written with Spring Data JDBC and plain SQL, and its parts of a purge. */
@NullMarked
package org.tandem.cohort.persistence;

import org.jspecify.annotations.NullMarked;
