/** The administrators' page for disclosure control: the minimum group size k, its explanation and its changes. */
@NullMarked
package org.tandem.evaluation.figures.web;

import org.jspecify.annotations.NullMarked;
