/** The handoff's web. */
@NullMarked
package org.tandem.handoff.web;

import org.jspecify.annotations.NullMarked;
