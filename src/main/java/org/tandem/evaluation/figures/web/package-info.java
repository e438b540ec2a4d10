/**
 * The pages of disclosure control and program figures: the administrators' minimum group size k (its explanation and
 * its changes), and the program figures for staff, administrators and advisory members (charts, their tables, CSV).
 */
@NullMarked
package org.tandem.evaluation.figures.web;

import org.jspecify.annotations.NullMarked;
