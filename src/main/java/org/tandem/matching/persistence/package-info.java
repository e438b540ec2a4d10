/** Matching's storage: repositories, the hub's settings, the purge and the retention of batch proposals. */
@NullMarked
package org.tandem.matching.persistence;

import org.jspecify.annotations.NullMarked;
