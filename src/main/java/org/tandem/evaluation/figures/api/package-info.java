/** The program figures as JSON ({@code /api/v1/figures}, scope {@code figures:read}). */
@NullMarked
package org.tandem.evaluation.figures.api;

import org.jspecify.annotations.NullMarked;
