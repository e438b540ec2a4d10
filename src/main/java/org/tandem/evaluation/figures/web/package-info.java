/** The program figures' pages for staff, administrators and advisory members: charts, their tables, CSV. */
@NullMarked
package org.tandem.evaluation.figures.web;

import org.jspecify.annotations.NullMarked;
