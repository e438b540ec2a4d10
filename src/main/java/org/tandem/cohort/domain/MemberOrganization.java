package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.cohort.ShownAs;

/**
 * One time an organization joined the cohort: how it is shown to the others, when it joined and, once it left, when.
 * The row stays after it left, as the cohort's record; joining again adds another.
 */
@Table("cohort_organization")
public record MemberOrganization(UUID organizationId, ShownAs shownAs, Instant addedAt, @Nullable Instant leftAt) {

	public boolean present() {
		return leftAt == null;
	}

}
