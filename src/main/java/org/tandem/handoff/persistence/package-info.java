/** The handoff's persistence. */
@NullMarked
package org.tandem.handoff.persistence;

import org.jspecify.annotations.NullMarked;
