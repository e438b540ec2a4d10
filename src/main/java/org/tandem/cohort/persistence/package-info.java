@NullMarked
package org.tandem.cohort.persistence;

import org.jspecify.annotations.NullMarked;
