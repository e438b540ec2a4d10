/**
 * Surveys (docs/evaluation.md, "Surveys"): staff build them from a few question types and send them to the people of
 * an engagement or a cohort; providers write knowledge checks for their trainings. Answers are sealed under the
 * respondent's organization (or provider) keys; counts are kept apart, in a tally that names nobody.
 */
@NullMarked
package org.tandem.evaluation.survey;

import org.jspecify.annotations.NullMarked;
