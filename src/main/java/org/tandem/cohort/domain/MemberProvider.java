package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One time a provider joined the cohort; kept after they left, with the time they left. */
@Table("cohort_provider")
public record MemberProvider(UUID providerId, Instant addedAt, @Nullable Instant leftAt) {

	public boolean present() {
		return leftAt == null;
	}

}
