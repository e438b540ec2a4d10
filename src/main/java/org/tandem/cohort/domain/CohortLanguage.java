package org.tandem.cohort.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A language the cohort works in: one of the shipped codes. */
@Table("cohort_language")
public record CohortLanguage(String code) {
}
