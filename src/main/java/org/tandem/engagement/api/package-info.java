/** Engagements as JSON, for the participants' own tools; the same participant check as the pages. */
@NullMarked
package org.tandem.engagement.api;

import org.jspecify.annotations.NullMarked;
