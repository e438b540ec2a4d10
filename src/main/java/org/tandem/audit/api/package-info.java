/** Audits as JSON for their participants' own tools: the list, one audit with its plan, an activity's status. */
@NullMarked
package org.tandem.audit.api;

import org.jspecify.annotations.NullMarked;
