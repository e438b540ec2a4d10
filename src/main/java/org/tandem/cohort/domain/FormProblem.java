package org.tandem.cohort.domain;

/**
 * One thing wrong with a cohort form's answers: the field and the message key to show beside it. A plain value (not
 * the {@link org.tandem.platform.InvalidInput} it was caught as), so that the forms' answers, which the stored
 * records' types reach, hold no exception type: Spring Data's ahead-of-time processing walks those types.
 */
public record FormProblem(String field, String messageKey) {
}
