package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A hub staff account coordinating the cohort. */
@Table("cohort_coordinator")
public record Coordinator(UUID accountId, Instant addedAt) {
}
