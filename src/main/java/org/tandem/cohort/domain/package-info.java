@NullMarked
package org.tandem.cohort.domain;

import org.jspecify.annotations.NullMarked;
