/** The staff JSON API for the triage queue. */
@NullMarked
package org.tandem.intake.api;

import org.jspecify.annotations.NullMarked;
