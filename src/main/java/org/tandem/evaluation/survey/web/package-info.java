/** Surveys' pages. */
@NullMarked
package org.tandem.evaluation.survey.web;

import org.jspecify.annotations.NullMarked;
