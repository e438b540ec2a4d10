/** The cohort's rules: the hub's agreements, their versions and their signatures. */
@NullMarked
package org.tandem.cohort.domain;

import org.jspecify.annotations.NullMarked;
