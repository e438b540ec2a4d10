@NullMarked
package org.tandem.cohort.api;

import org.jspecify.annotations.NullMarked;
