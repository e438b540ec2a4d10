/** The handoff's api. */
@NullMarked
package org.tandem.handoff.api;

import org.jspecify.annotations.NullMarked;
