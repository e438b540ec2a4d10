/**
 * An organization's evaluation as pictures and on paper: the plan's charts (drawn with the module's chart library)
 * and its printable PDF, laid out as XHTML with bars as sized blocks, in memory only.
 */
@NullMarked
package org.tandem.evaluation.report;

import org.jspecify.annotations.NullMarked;
