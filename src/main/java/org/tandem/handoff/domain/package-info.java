/** The handoff's domain. */
@NullMarked
package org.tandem.handoff.domain;

import org.jspecify.annotations.NullMarked;
