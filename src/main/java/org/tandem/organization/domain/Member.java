package org.tandem.organization.domain;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** An account that speaks for an organization. */
@Table("organization_member")
public record Member(UUID accountId, Instant addedAt) {
}
