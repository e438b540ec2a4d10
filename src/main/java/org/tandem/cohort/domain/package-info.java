/** The cohort's rules: terms, members, enlisting, and the hub's agreements with their versions and signatures. */
@NullMarked
package org.tandem.cohort.domain;

import org.jspecify.annotations.NullMarked;
