/**
 * Audits as JSON for their participants' own tools: the list, one audit with its plan, an activity's status, the
 * findings, the recommendations and the organization's decisions.
 */
@NullMarked
package org.tandem.audit.api;

import org.jspecify.annotations.NullMarked;
