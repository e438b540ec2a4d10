/** Matching as JSON for hub staff's tools: a request's recommendations and batch proposals. */
@NullMarked
package org.tandem.matching.api;

import org.jspecify.annotations.NullMarked;
