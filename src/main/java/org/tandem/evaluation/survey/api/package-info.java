/** Surveys' JSON API. */
@NullMarked
package org.tandem.evaluation.survey.api;

import org.jspecify.annotations.NullMarked;
